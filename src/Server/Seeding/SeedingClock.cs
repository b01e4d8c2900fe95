namespace Workflow.Server.Seeding;

/// <summary>
/// The clock the demo history is written with: set to each moment of the story in turn, so every
/// journal entry, due instant and punctuality is what the engine would have recorded then.
/// </summary>
internal sealed class SeedingClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
