using Workflow.Designer.Editing;

namespace Workflow.Designer.Layout;

/// <summary>A link drawn on the diagram: from a step's port to a step, with its label (outcome name, rule, branch number).</summary>
public sealed record FlowEdge(string From, string To, LinkSource Source, string Label, FlowEdgeKind Kind, string? OutcomeKind = null)
{
    /// <summary>
    /// The corners of a link routed around steps (a back link, a join association, a link that skips
    /// columns), between its source and target anchors; empty for a link to the next column, drawn as a curve.
    /// </summary>
    public IReadOnlyList<LayoutPoint> Waypoints { get; init; } = [];
}
