namespace Workflow.Designer.Comparison;

/// <summary>A move from one step to another: by an outcome (its id), a branch, <c>next</c>, a rule (its condition) or <c>otherwise</c>.</summary>
public sealed record Transition(string From, string Via, string To)
{
    public override string ToString() => $"{From} —{Via}→ {To}";
}
