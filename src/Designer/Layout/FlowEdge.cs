using Workflow.Designer.Editing;

namespace Workflow.Designer.Layout;

/// <summary>A link drawn on the diagram: from a step's port to a step, with its label (outcome name, rule, branch number).</summary>
public sealed record FlowEdge(string From, string To, LinkSource Source, string Label, FlowEdgeKind Kind, string? OutcomeKind = null);
