namespace Workflow.Engine.Runtime.Commands;

/// <summary>For a migration: where each open step of the old version continues in the new one.</summary>
public sealed record StepMapping(string FromStep, string ToStep);
