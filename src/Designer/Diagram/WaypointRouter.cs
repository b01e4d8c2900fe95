using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Core.Routers;
using Workflow.Designer.Layout;

namespace Workflow.Designer.Diagram;

/// <summary>Hands the diagram library the corners the layout computed for a link (none for a curve).</summary>
internal sealed class WaypointRouter(IReadOnlyList<LayoutPoint> waypoints) : Router
{
    private readonly Point[] _route = waypoints.Select(w => new Point(w.X, w.Y)).ToArray();

    public override Point[] GetRoute(Blazor.Diagrams.Core.Diagram diagram, BaseLinkModel link) => _route;
}
