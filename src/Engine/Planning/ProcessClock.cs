using System.Globalization;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Planning;

/// <summary>
/// The arithmetic every plan of a dossier counts with: the statutory due instant of a receipt, and
/// each step's due instant from the moment it starts, on the working calendar under the
/// procedure's convention. <see cref="ProcessSimulator"/> (one receipt) and
/// <see cref="StatutoryTimeCheck"/> (the worst receipt) both count with it, so they cannot disagree.
/// </summary>
public sealed class ProcessClock(DeadlineCalculator calculator, DeadlineConvention convention)
{
    public DeadlineCalculator Calculator { get; } = calculator;

    public DeadlineConvention Convention { get; } = convention;

    public static ProcessClock For(DeadlineCalculator calculator, ProcedureDefinition definition, DeadlineConvention defaultConvention) =>
        new(calculator, definition.StatutoryTime.Convention ?? defaultConvention);

    /// <summary>The statutory due instant with its explanation, as the dossier's receipt shows it.</summary>
    public DeadlineResult Statutory(DateTimeOffset received, Duration statutoryTime, string? unitId = null, CultureInfo? culture = null) =>
        Calculator.Calculate(received, statutoryTime, Convention, unitId, culture);

    public DateTimeOffset StatutoryDue(DateTimeOffset received, Duration statutoryTime) =>
        Calculator.Due(received, statutoryTime, Convention);

    /// <summary>When a step started at <paramref name="start"/> is due: a task after its duration, any other step at once.</summary>
    public DateTimeOffset StepDue(StepDefinition step, DateTimeOffset start, string? unitId = null) =>
        step.Kind == StepKind.Task && step.Duration is { } duration ? Calculator.Due(start, duration.ToDuration(), Convention, unitId) : start;

    /// <summary>
    /// Whether a step's due instant is its start plus working time (hours, fractional days, or any
    /// working days under the working-hours convention), rather than the close of a day that
    /// depends on the date it starts (whole days under the Civil Code, same day, calendar days).
    /// </summary>
    public bool CountsInWorkingTime(Duration duration) => duration.Unit switch
    {
        DurationUnit.WorkingHours => true,
        DurationUnit.WorkingDays => Convention == DeadlineConvention.WorkingHours || decimal.Truncate(duration.Value) != duration.Value,
        _ => false,
    };
}
