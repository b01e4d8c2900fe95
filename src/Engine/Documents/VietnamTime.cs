namespace Workflow.Engine.Documents;

/// <summary>
/// Forms print Vietnam's civil time (UTC+07:00). Vietnam keeps no daylight saving, so a fixed
/// offset is exact and does not depend on the time-zone database of the machine.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The calendar day in Vietnam on which the instant falls.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToVietnam(instant).DateTime);
}
