using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// When a late unit may apologise and set a new appointment. Decree 61/2018 art. 19.9 sets only a
/// deadline: the letter is due at least one working day before the due instant
/// (<see cref="LatestOnTime"/>). It is offered from one working day before that deadline, so the
/// unit has a whole working day to send it on time; earlier, nothing shows the dossier will be late.
/// </summary>
internal readonly record struct ApologyWindow(DateTimeOffset OpensAt, DateTimeOffset LatestOnTime)
{
    public static ApologyWindow For(DeadlineCalculator calculator, DateTime dueUtc, string? unitId)
    {
        var due = new DateTimeOffset(DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc));
        var latest = calculator.LatestApologyInstant(due, unitId);
        // Counting back may land on the close of a day (17:00); the window opens, in effect, when work resumes.
        var opens = calculator.ClockFor(unitId).NextWorkingInstant(calculator.SubtractLead(latest, Duration.WorkingDays(1), unitId));
        return new ApologyWindow(opens, latest);
    }

    public bool IsOpenAt(DateTimeOffset now) => now >= OpensAt;
}
