namespace Workflow.Engine.Tests.Documents;

/// <summary>Tests that redirect the process-wide console run alone, never beside another test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
