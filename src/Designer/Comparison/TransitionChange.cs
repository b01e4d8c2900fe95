namespace Workflow.Designer.Comparison;

public sealed record TransitionChange(Transition Transition, ChangeKind Kind);
