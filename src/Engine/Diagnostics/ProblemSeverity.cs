namespace Workflow.Engine.Diagnostics;

public enum ProblemSeverity
{
    Info,
    Warning,
    Error,
}
