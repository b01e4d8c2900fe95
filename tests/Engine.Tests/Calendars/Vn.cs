namespace Workflow.Engine.Tests.Calendars;

/// <summary>Vietnamese wall-clock instants for readable tests: <c>Vn.At(2026, 2, 13, 10, 0)</c>.</summary>
internal static class Vn
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset At(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, Offset);

    public static DateOnly Date(int year, int month, int day) => new(year, month, day);
}
