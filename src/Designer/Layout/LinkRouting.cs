namespace Workflow.Designer.Layout;

/// <summary>
/// Routes the links that cannot be a simple curve to the next column, so that no link crosses a
/// step: a link that skips columns runs straight when nothing stands in its way, otherwise it
/// (like a back link or a join association) leaves into the gap after its source column, follows
/// a lane above or below every step of the columns it spans, and comes down the gap before its
/// target column. Each lane on one side keeps its own height, so lanes do not overlap.
/// </summary>
internal static class LinkRouting
{
    /// <summary>How close a straight run may pass above or below a step.</summary>
    private const double StraightClearance = 10;

    public static List<FlowEdge> Route(IReadOnlyDictionary<string, FlowNode> nodes, IReadOnlyDictionary<string, PlacedStep> placements, IReadOnlyList<FlowEdge> edges)
    {
        var lanesAbove = 0;
        var lanesBelow = 0;
        var routed = new List<FlowEdge>(edges.Count);
        foreach (var edge in edges)
        {
            if (!placements.TryGetValue(edge.From, out var from) || !placements.TryGetValue(edge.To, out var to)
                || !nodes.TryGetValue(edge.From, out var fromNode) || !nodes.TryGetValue(edge.To, out var toNode))
            {
                routed.Add(edge);
                continue;
            }

            var portIndex = fromNode.Ports.ToList().FindIndex(p => p.Source == edge.Source);
            if (portIndex < 0 || (edge.Kind == FlowEdgeKind.Forward && to.Layer == from.Layer + 1))
            {
                routed.Add(edge);
                continue;
            }

            var source = LayoutMetrics.SourceAnchor(fromNode, from, portIndex);
            var target = LayoutMetrics.TargetAnchor(toNode, to);
            var exitX = from.Right + (LayoutMetrics.ColumnGap / 2);
            var entryX = to.X - (LayoutMetrics.ColumnGap / 2);
            var onwards = to.Layer > from.Layer;
            var obstacles = placements.Values
                .Where(p => onwards ? p.Layer > from.Layer && p.Layer < to.Layer : p.Layer >= to.Layer && p.Layer <= from.Layer)
                .ToList();

            if (onwards && IsClear(obstacles, source.Y))
            {
                routed.Add(edge with { Waypoints = source.Y == target.Y ? [] : [new(entryX, source.Y), new(entryX, target.Y)] });
                continue;
            }

            if (onwards && IsClear(obstacles, target.Y))
            {
                routed.Add(edge with { Waypoints = [new(exitX, source.Y), new(exitX, target.Y)] });
                continue;
            }

            var top = obstacles.Count == 0 ? Math.Min(source.Y, target.Y) : obstacles.Min(p => p.Y);
            var bottom = obstacles.Count == 0 ? Math.Max(source.Y, target.Y) : obstacles.Max(p => p.Bottom);
            var up = top - LayoutMetrics.LaneClearance - (lanesAbove * LayoutMetrics.LaneSpacing);
            var down = bottom + LayoutMetrics.LaneClearance + (lanesBelow * LayoutMetrics.LaneSpacing);
            var costUp = Math.Abs(source.Y - up) + Math.Abs(target.Y - up);
            var costDown = Math.Abs(source.Y - down) + Math.Abs(target.Y - down);
            var goDown = costDown < costUp || (costDown == costUp && edge.Kind == FlowEdgeKind.JoinAssociation);
            var lane = goDown ? down : up;
            if (goDown)
            {
                lanesBelow++;
            }
            else
            {
                lanesAbove++;
            }

            routed.Add(edge with { Waypoints = [new(exitX, source.Y), new(exitX, lane), new(entryX, lane), new(entryX, target.Y)] });
        }

        return routed;
    }

    private static bool IsClear(IReadOnlyList<PlacedStep> obstacles, double y) =>
        obstacles.All(p => y < p.Y - StraightClearance || y > p.Bottom + StraightClearance);
}
