using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Timers;

/// <summary>The columns a claiming statement returns, as raw SQL reads them.</summary>
internal sealed class ClaimedRow
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    public string Kind { get; set; } = "";

    public DateTime DueAt { get; set; }

    public int Attempts { get; set; }

    public ClaimedTimer ToClaimed() =>
        new(Id, DossierId, Enum.Parse<TimerKind>(Kind), DateTime.SpecifyKind(DueAt, DateTimeKind.Utc), Attempts);
}
