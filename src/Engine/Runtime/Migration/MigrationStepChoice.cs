using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Runtime.Migration;

/// <summary>A step of the target version an open step may be mapped to (tasks and waits).</summary>
public sealed record MigrationStepChoice(string Id, string Name, StepKind Kind);
