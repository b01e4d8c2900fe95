using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.PathGenerators;
using Blazor.Diagrams.Core.Routers;
using Workflow.Designer.Layout;

namespace Workflow.Designer.Diagram;

/// <summary>
/// A link of the process as the layout drew it: a curve to the next column, or a route with right
/// angles around the steps (back links, join associations, links that skip columns).
/// </summary>
public sealed class FlowLinkModel : LinkModel
{
    private static readonly PathGenerator Curve = new SmoothPathGenerator();
    private static readonly PathGenerator Corners = new StraightPathGenerator(8);

    public FlowLinkModel(FlowEdge edge, SlotPortModel from, InputPortModel to)
        : base(new SinglePortAnchor(from), new SinglePortAnchor(to))
    {
        Edge = edge;
        Locked = true;
        Segmentable = false;
        TargetMarker = edge.Kind == FlowEdgeKind.JoinAssociation ? null : LinkMarker.Arrow;
        Router = new WaypointRouter(edge.Waypoints);
        PathGenerator = edge.Waypoints.Count == 0 ? Curve : Corners;
    }

    public FlowEdge Edge { get; }
}
