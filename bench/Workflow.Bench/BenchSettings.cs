namespace Workflow.Bench;

/// <summary>How big each scenario is: the full run, and the quick one that fits in under three minutes.</summary>
public sealed record BenchSettings
{
    public required int Dossiers { get; init; }
    public required int WarmupDossiers { get; init; }
    public required int[] Concurrency { get; init; }
    public required int Runs { get; init; }
    public required int PendingTimers { get; init; }
    public required int DueTimers { get; init; }
    public required TimeSpan DueWindow { get; init; }
    public required int TimerWorkers { get; init; }
    public required int GeneratedDossiers { get; init; }
    public required int GeneratedOpen { get; init; }
    public required int QuerySamples { get; init; }
    public required int MemoryDossiers { get; init; }

    public static readonly BenchSettings Full = new()
    {
        Dossiers = 1000,
        WarmupDossiers = 300,
        Concurrency = [1, 4, 16],
        Runs = 5,
        PendingTimers = 100_000,
        DueTimers = 10_000,
        DueWindow = TimeSpan.FromMinutes(1),
        TimerWorkers = 2,
        GeneratedDossiers = 1_000_000,
        GeneratedOpen = 100_000,
        QuerySamples = 200,
        MemoryDossiers = 2000,
    };

    public static readonly BenchSettings Quick = new()
    {
        Dossiers = 150,
        WarmupDossiers = 60,
        Concurrency = [4],
        Runs = 3,
        PendingTimers = 10_000,
        DueTimers = 1_000,
        DueWindow = TimeSpan.FromSeconds(10),
        TimerWorkers = 2,
        GeneratedDossiers = 10_000,
        GeneratedOpen = 1_000,
        QuerySamples = 30,
        MemoryDossiers = 100,
    };
}
