namespace Workflow.Designer.Layout;

/// <summary>
/// Lays a process out left to right in layers. Links that go back to a step already on the way
/// (found by a depth-first walk from the start, in the file's order) are set aside as back links;
/// the rest form an acyclic graph, and each step's layer is the longest path to it from the start,
/// so every step stands to the right of all its predecessors. Inside a layer, steps follow their
/// predecessors' rows and the order of the ports they leave from, which puts the branches of a
/// parallel step one under the other, side by side in one column. Links that cannot be a plain
/// curve to the next column are routed around the steps (<see cref="LinkRouting"/>).
/// </summary>
public static class FlowLayout
{
    public static FlowLayoutResult Compute(FlowGraph graph)
    {
        var nodes = graph.Nodes.GroupBy(n => n.StepId, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var order = nodes.Select((n, i) => (n.StepId, i)).ToDictionary(x => x.StepId, x => x.i, StringComparer.Ordinal);
        var flow = graph.Edges.Where(e => e.Kind != FlowEdgeKind.JoinAssociation && order.ContainsKey(e.From) && order.ContainsKey(e.To)).ToList();
        var back = FindBackEdges(graph.Start, nodes, flow);
        var edges = graph.Edges.Select(e => back.Contains(e) ? e with { Kind = FlowEdgeKind.Back } : e).ToList();
        var forward = edges.Where(e => e.Kind == FlowEdgeKind.Forward && order.ContainsKey(e.From) && order.ContainsKey(e.To)).ToList();

        var layers = Layers(nodes, forward, order);
        var rows = Rows(nodes, forward, layers, order, graph.Start);
        var placements = Place(nodes, layers, rows);
        var routed = LinkRouting.Route(nodes.ToDictionary(n => n.StepId, StringComparer.Ordinal), placements, edges);
        return Framed(placements, routed);
    }

    /// <summary>Moves the drawing so that every step and every lane keeps the margin from the top-left corner, and measures it.</summary>
    private static FlowLayoutResult Framed(Dictionary<string, PlacedStep> placements, List<FlowEdge> edges)
    {
        if (placements.Count == 0)
        {
            return new FlowLayoutResult(placements, edges, 0, 0);
        }

        var points = edges.SelectMany(e => e.Waypoints).ToList();
        var left = Math.Min(placements.Values.Min(p => p.X), points.Count == 0 ? double.MaxValue : points.Min(p => p.X));
        var top = Math.Min(placements.Values.Min(p => p.Y), points.Count == 0 ? double.MaxValue : points.Min(p => p.Y));
        var dx = LayoutMetrics.Margin - left;
        var dy = LayoutMetrics.Margin - top;
        var moved = placements.ToDictionary(p => p.Key, p => p.Value with { X = p.Value.X + dx, Y = p.Value.Y + dy }, StringComparer.Ordinal);
        var movedEdges = edges.Select(e => e.Waypoints.Count == 0 ? e : e with { Waypoints = e.Waypoints.Select(w => new LayoutPoint(w.X + dx, w.Y + dy)).ToList() }).ToList();
        var right = Math.Max(moved.Values.Max(p => p.Right), movedEdges.SelectMany(e => e.Waypoints).Select(w => w.X).DefaultIfEmpty(0).Max());
        var bottom = Math.Max(moved.Values.Max(p => p.Bottom), movedEdges.SelectMany(e => e.Waypoints).Select(w => w.Y).DefaultIfEmpty(0).Max());
        return new FlowLayoutResult(moved, movedEdges, right + LayoutMetrics.Margin, bottom + LayoutMetrics.Margin);
    }

    private static HashSet<FlowEdge> FindBackEdges(string start, IReadOnlyList<FlowNode> nodes, IReadOnlyList<FlowEdge> edges)
    {
        var outgoing = edges.GroupBy(e => e.From, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the walk, 2 done
        var back = new HashSet<FlowEdge>();

        void Visit(string id)
        {
            state[id] = 1;
            foreach (var edge in outgoing.GetValueOrDefault(id) ?? [])
            {
                var seen = state.GetValueOrDefault(edge.To);
                if (seen == 1)
                {
                    back.Add(edge);
                }
                else if (seen == 0)
                {
                    Visit(edge.To);
                }
            }

            state[id] = 2;
        }

        if (nodes.Any(n => n.StepId == start))
        {
            Visit(start);
        }

        foreach (var node in nodes.Where(n => !state.ContainsKey(n.StepId)))
        {
            Visit(node.StepId);
        }

        return back;
    }

    private static Dictionary<string, int> Layers(IReadOnlyList<FlowNode> nodes, IReadOnlyList<FlowEdge> forward, Dictionary<string, int> order)
    {
        var incoming = nodes.ToDictionary(n => n.StepId, _ => 0, StringComparer.Ordinal);
        foreach (var edge in forward)
        {
            incoming[edge.To]++;
        }

        var layers = nodes.ToDictionary(n => n.StepId, _ => 0, StringComparer.Ordinal);
        var ready = new PriorityQueue<string, int>();
        foreach (var node in nodes.Where(n => incoming[n.StepId] == 0))
        {
            ready.Enqueue(node.StepId, order[node.StepId]);
        }

        var outgoing = forward.GroupBy(e => e.From, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        while (ready.TryDequeue(out var id, out _))
        {
            foreach (var edge in outgoing.GetValueOrDefault(id) ?? [])
            {
                layers[edge.To] = Math.Max(layers[edge.To], layers[id] + 1);
                if (--incoming[edge.To] == 0)
                {
                    ready.Enqueue(edge.To, order[edge.To]);
                }
            }
        }

        return layers;
    }

    private static Dictionary<string, int> Rows(IReadOnlyList<FlowNode> nodes, IReadOnlyList<FlowEdge> forward, Dictionary<string, int> layers, Dictionary<string, int> order, string start)
    {
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var portIndex = new Dictionary<FlowEdge, int>();
        foreach (var node in nodes)
        {
            var i = 0;
            foreach (var edge in forward.Where(e => e.From == node.StepId))
            {
                portIndex[edge] = i++;
            }
        }

        var incoming = forward.GroupBy(e => e.To, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var layer in layers.Values.Distinct().Order())
        {
            var members = nodes.Where(n => layers[n.StepId] == layer)
                .Select(n => (n.StepId, Key: SortKey(n.StepId)))
                .OrderBy(x => x.Key.Row).ThenBy(x => x.Key.Port).ThenBy(x => order[x.StepId])
                .ToList();
            for (var r = 0; r < members.Count; r++)
            {
                rows[members[r].StepId] = r;
            }
        }

        return rows;

        (double Row, int Port) SortKey(string id)
        {
            if (id == start)
            {
                return (-1, 0);
            }

            var predecessors = (incoming.GetValueOrDefault(id) ?? []).Where(e => rows.ContainsKey(e.From)).ToList();
            if (predecessors.Count == 0)
            {
                return (double.MaxValue, 0);
            }

            var first = predecessors.OrderBy(e => rows[e.From]).ThenBy(e => portIndex[e]).First();
            return (rows[first.From], portIndex[first]);
        }
    }

    private static Dictionary<string, PlacedStep> Place(IReadOnlyList<FlowNode> nodes, Dictionary<string, int> layers, Dictionary<string, int> rows)
    {
        var byLayer = nodes.GroupBy(n => layers[n.StepId]).ToDictionary(g => g.Key, g => g.OrderBy(n => rows[n.StepId]).ToList());
        double ColumnHeight(List<FlowNode> column) =>
            column.Sum(LayoutMetrics.NodeHeight) + (Math.Max(0, column.Count - 1) * LayoutMetrics.RowGap);

        var tallest = byLayer.Values.Select(ColumnHeight).DefaultIfEmpty(0).Max();
        var placements = new Dictionary<string, PlacedStep>(StringComparer.Ordinal);
        foreach (var (layer, column) in byLayer)
        {
            var x = LayoutMetrics.Margin + (layer * (LayoutMetrics.NodeWidth + LayoutMetrics.ColumnGap));
            var y = LayoutMetrics.Margin + ((tallest - ColumnHeight(column)) / 2);
            foreach (var node in column)
            {
                var height = LayoutMetrics.NodeHeight(node);
                placements[node.StepId] = new PlacedStep(node.StepId, layer, rows[node.StepId], x, y, height);
                y += height + LayoutMetrics.RowGap;
            }
        }

        return placements;
    }
}
