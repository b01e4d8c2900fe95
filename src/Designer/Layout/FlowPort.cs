using Workflow.Designer.Editing;

namespace Workflow.Designer.Layout;

/// <summary>One place a link can leave a step from: an outcome, a branch, <c>next</c>, a rule, <c>otherwise</c>, or a "+" that adds one.</summary>
public sealed record FlowPort(LinkSource Source, string Label, string? TargetStepId, string? OutcomeKind = null);
