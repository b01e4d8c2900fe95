namespace Workflow.Server.Tests.Support;

/// <summary>
/// Tests that keep the processor busy for long (the API fuzz pass) run after the parallel ones,
/// alone, so they neither slow the others' deadlines (a server process given two minutes to start) nor are slowed by them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "runs alone";
}
