using System.Collections.Frozen;

namespace Workflow.Engine.Calendars;

/// <summary>The default working week plus the units that keep their own hours.</summary>
public sealed class WorkingHoursSettings
{
    private readonly FrozenDictionary<string, UnitWorkingHours> _units;

    public WorkingHoursSettings(WeeklySchedule defaultSchedule, IEnumerable<UnitWorkingHours>? units = null)
    {
        Default = defaultSchedule ?? throw new ArgumentNullException(nameof(defaultSchedule));
        _units = (units ?? Enumerable.Empty<UnitWorkingHours>()).ToFrozenDictionary(unit => unit.UnitId, StringComparer.Ordinal);
    }

    /// <summary>Monday to Friday, 07:00-11:30 and 13:30-17:00, with no unit overrides.</summary>
    public static WorkingHoursSettings Standard { get; } = new(WeeklySchedule.Standard);

    public WeeklySchedule Default { get; }

    public IReadOnlyDictionary<string, UnitWorkingHours> Units => _units;

    /// <summary>The unit's own schedule, or the default one for units without an override (and for no unit).</summary>
    public WeeklySchedule ScheduleFor(string? unitId) =>
        unitId is not null && _units.TryGetValue(unitId, out var unit) ? unit.Schedule : Default;

    public UnitWorkingHours? OverrideFor(string? unitId) =>
        unitId is not null && _units.TryGetValue(unitId, out var unit) ? unit : null;
}
