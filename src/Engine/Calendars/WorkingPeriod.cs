using System.Globalization;

namespace Workflow.Engine.Calendars;

/// <summary>One stretch of working time inside a day, in local time, e.g. 07:00-11:30.</summary>
public sealed record WorkingPeriod
{
    public WorkingPeriod(TimeOnly start, TimeOnly end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"A working period must end after it starts ({start:HH\\:mm}-{end:HH\\:mm}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public TimeSpan Length => End - Start;

    public bool Contains(TimeOnly time) => time >= Start && time < End;

    public override string ToString() =>
        $"{Start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{End.ToString("HH:mm", CultureInfo.InvariantCulture)}";
}
