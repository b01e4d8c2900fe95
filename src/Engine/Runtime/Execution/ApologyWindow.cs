using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// When a late unit may apologise and set a new appointment: once the dossier is overdue, or about
/// to be. The letter is due at least one working day before the deadline (Decree 61/2018 art. 19.9),
/// so it is offered from the start of that day: earlier, nothing shows the dossier will be late.
/// </summary>
internal static class ApologyWindow
{
    public static DateTimeOffset OpensAt(DeadlineCalculator calculator, DateTimeOffset due, string? unitId)
    {
        var latest = calculator.LatestApologyInstant(due, unitId);
        return VietnamTime.FromLocal(VietnamTime.LocalDate(latest), TimeOnly.MinValue);
    }

    public static bool IsOpen(DeadlineCalculator calculator, DateTime dueUtc, string? unitId, DateTimeOffset now) =>
        now >= OpensAt(calculator, new DateTimeOffset(DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc)), unitId);
}
