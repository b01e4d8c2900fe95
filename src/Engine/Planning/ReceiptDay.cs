using Workflow.Engine.Calendars;

namespace Workflow.Engine.Planning;

/// <summary>
/// A working day the statutory-time check receives dossiers on, and where it stands: the eve of rest
/// days (naming the holiday ahead, if any), the first working day after them (naming the holiday behind), or neither.
/// </summary>
public sealed record ReceiptDay(DateOnly Date, bool BeforeRest, DayOff? HolidayAhead, bool AfterRest, DayOff? HolidayBehind);
