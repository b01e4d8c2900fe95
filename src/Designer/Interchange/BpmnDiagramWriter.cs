using System.Globalization;
using System.Xml.Linq;
using Workflow.Designer.Layout;
using static Workflow.Designer.Interchange.BpmnVocabulary;

namespace Workflow.Designer.Interchange;

/// <summary>
/// The diagram interchange part of an exported file: every step where the designer's layout puts it
/// and every flow along the layout's route, so a modeler shows the drawing the analysts know. Tasks
/// and linked dossiers keep the designer's box (outcome rows included, so flows leave from their
/// outcome's row); gateways and events get BPMN's usual sizes, centred on where the box's links
/// arrive. Everything moves right to leave room for the start event.
/// </summary>
internal static class BpmnDiagramWriter
{
    private const double StartSpace = 80;
    private const double GatewaySize = 50;
    private const double EventSize = 36;

    public static XElement Diagram(string processId, FlowLayoutResult layout, FlowGraph graph, string? start, IReadOnlyList<BpmnLink> links)
    {
        var plane = new XElement(Di + "BPMNPlane", new XAttribute("id", "Plane_" + processId), new XAttribute("bpmnElement", processId));
        var boxes = new Dictionary<string, Box>(StringComparer.Ordinal);
        foreach (var (stepId, placed) in layout.Placements)
        {
            if (graph.Node(stepId) is not { } node)
            {
                continue;
            }

            var box = BoxOf(node, placed);
            boxes[stepId] = box;
            plane.Add(Shape(StepElementId(stepId), box));
        }

        if (start is not null && boxes.TryGetValue(start, out var first))
        {
            var y = first.InputY - (EventSize / 2);
            var startBox = new Box(LayoutMetrics.Margin, y, EventSize, EventSize, first.InputY, null);
            plane.Add(Shape(StartEventId, startBox));
            plane.Add(Edge(StartFlowId, [new LayoutPoint(startBox.X + EventSize, first.InputY), new LayoutPoint(first.X, first.InputY)]));
        }

        var routes = layout.Edges.Where(e => e.Kind != FlowEdgeKind.JoinAssociation)
            .Select(e => (Slot: SlotPath(e.Source), Edge: e)).Where(x => x.Slot is not null)
            .ToDictionary(x => FlowId(x.Edge.From, x.Slot!), x => x.Edge, StringComparer.Ordinal);
        foreach (var link in links)
        {
            if (!boxes.TryGetValue(link.From, out var from) || !boxes.TryGetValue(link.To, out var to))
            {
                continue;
            }

            var node = graph.Node(link.From)!;
            var portIndex = node.Ports.ToList().FindIndex(p => SlotPath(p.Source) == link.Slot);
            var source = from.Exit(portIndex < 0 ? null : LayoutMetrics.PortY(node, portIndex));
            var middle = routes.TryGetValue(link.Id, out var routed) ? routed.Waypoints.Select(w => new LayoutPoint(w.X + StartSpace, w.Y)) : [];
            plane.Add(Edge(link.Id, Orthogonal([source, .. middle, new LayoutPoint(to.X, to.InputY)])));
        }

        return new XElement(Di + "BPMNDiagram", new XAttribute("id", "Diagram_" + processId), plane);
    }

    private static Box BoxOf(FlowNode node, PlacedStep placed)
    {
        var x = placed.X + StartSpace;
        var inputY = placed.Y + LayoutMetrics.InputY(node);
        if (node.Kind is "task" or "file")
        {
            return new Box(x, placed.Y, LayoutMetrics.NodeWidth, LayoutMetrics.NodeHeight(node), inputY, placed.Y);
        }

        var size = node.Kind is "wait" or "end" ? EventSize : GatewaySize;
        return new Box(x + (LayoutMetrics.NodeWidth / 2) - (size / 2), inputY - (size / 2), size, size, inputY, null);
    }

    /// <summary>Adds corners where two points differ in both directions, so flows run horizontally and vertically as in the designer.</summary>
    private static List<LayoutPoint> Orthogonal(IReadOnlyList<LayoutPoint> points)
    {
        var result = new List<LayoutPoint> { points[0] };
        for (var i = 1; i < points.Count; i++)
        {
            var (a, b) = (result[^1], points[i]);
            if (Math.Abs(a.X - b.X) > 0.01 && Math.Abs(a.Y - b.Y) > 0.01)
            {
                if (points.Count == 2)
                {
                    var middle = (a.X + b.X) / 2;
                    result.Add(new LayoutPoint(middle, a.Y));
                    result.Add(new LayoutPoint(middle, b.Y));
                }
                else
                {
                    result.Add(i == points.Count - 1 ? new LayoutPoint(a.X, b.Y) : new LayoutPoint(b.X, a.Y));
                }
            }

            result.Add(b);
        }

        return result;
    }

    private static XElement Shape(string elementId, Box box) =>
        new(Di + "BPMNShape", new XAttribute("id", "Shape_" + elementId), new XAttribute("bpmnElement", elementId),
            new XElement(Dc + "Bounds", Number("x", box.X), Number("y", box.Y), Number("width", box.Width), Number("height", box.Height)));

    private static XElement Edge(string flowId, IEnumerable<LayoutPoint> points) =>
        new(Di + "BPMNEdge", new XAttribute("id", "Edge_" + flowId), new XAttribute("bpmnElement", flowId),
            points.Select(p => new XElement(DiCommon + "waypoint", Number("x", p.X), Number("y", p.Y))));

    private static XAttribute Number(string name, double value) => new(name, Math.Round(value, 1).ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// A shape's bounds and the height where flows arrive; <see cref="PortTop"/> is the top of the
    /// designer's box for shapes that keep it, whose flows leave from their outcome's row.
    /// </summary>
    private sealed record Box(double X, double Y, double Width, double Height, double InputY, double? PortTop)
    {
        public LayoutPoint Exit(double? portY) => PortTop is { } top && portY is { } offset ? new LayoutPoint(X + Width, top + offset) : new LayoutPoint(X + Width, InputY);
    }
}
