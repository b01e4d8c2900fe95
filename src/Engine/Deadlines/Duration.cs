using System.Globalization;

namespace Workflow.Engine.Deadlines;

/// <summary>
/// A length of time as the law states it: an amount and a unit, and for same-day procedures
/// the cut-off hour after which the dossier is due the next working day.
/// Fractions are allowed (a step of 0.5 working day is 4 working hours).
/// </summary>
public sealed record Duration(decimal Value, DurationUnit Unit, TimeOnly? Cutoff = null)
{
    /// <summary>The cut-off used for same-day procedures when none is given (Decree 61 art. 18.2).</summary>
    public static readonly TimeOnly DefaultSameDayCutoff = new(15, 0);

    public static Duration WorkingDays(decimal value) => new(value, DurationUnit.WorkingDays);

    public static Duration WorkingHours(decimal value) => new(value, DurationUnit.WorkingHours);

    public static Duration CalendarDays(decimal value) => new(value, DurationUnit.CalendarDays);

    public static Duration SameDay(TimeOnly? cutoff = null) => new(0, DurationUnit.SameDay, cutoff ?? DefaultSameDayCutoff);

    /// <summary>The spelling used in definition files and on the command line.</summary>
    public static string UnitName(DurationUnit unit) => unit switch
    {
        DurationUnit.WorkingDays => "working-days",
        DurationUnit.WorkingHours => "working-hours",
        DurationUnit.CalendarDays => "calendar-days",
        DurationUnit.SameDay => "same-day",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    public static bool TryParseUnit(string? text, out DurationUnit unit)
    {
        switch (text)
        {
            case "working-days": unit = DurationUnit.WorkingDays; return true;
            case "working-hours": unit = DurationUnit.WorkingHours; return true;
            case "calendar-days": unit = DurationUnit.CalendarDays; return true;
            case "same-day": unit = DurationUnit.SameDay; return true;
            default: unit = default; return false;
        }
    }

    public override string ToString() => Unit == DurationUnit.SameDay
        ? $"same-day (cut-off {(Cutoff ?? DefaultSameDayCutoff).ToString("HH:mm", CultureInfo.InvariantCulture)})"
        : $"{Value.ToString(CultureInfo.InvariantCulture)} {UnitName(Unit)}";
}
