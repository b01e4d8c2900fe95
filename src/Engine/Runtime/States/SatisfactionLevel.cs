namespace Workflow.Engine.Runtime.States;

/// <summary>The three answers citizens give (rất hài lòng, hài lòng, không hài lòng).</summary>
public enum SatisfactionLevel
{
    VerySatisfied,
    Satisfied,
    NotSatisfied,
}
