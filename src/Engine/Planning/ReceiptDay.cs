using Workflow.Engine.Calendars;

namespace Workflow.Engine.Planning;

/// <summary>A working day the statutory-time check receives dossiers on: the eve of rest days (naming the holiday ahead, if any), or the first working day after them.</summary>
public sealed record ReceiptDay(DateOnly Date, bool BeforeRest, DayOff? HolidayAhead, bool AfterRest);
