using Workflow.Designer.Layout;
using Workflow.Designer.Tests.Support;

namespace Workflow.Designer.Tests.Layout;

public class LinkRoutingTests
{
    [Theory]
    [MemberData(nameof(SampleDefinitions.Versions), MemberType = typeof(SampleDefinitions))]
    public void No_routed_link_passes_through_a_step_and_every_corner_is_a_right_angle(string procedureId, int version)
    {
        var graph = FlowGraph.Of(SampleDefinitions.Read(procedureId, version));
        var layout = FlowLayout.Compute(graph);

        foreach (var edge in layout.Edges.Where(e => e.Waypoints.Count > 0))
        {
            var from = graph.Node(edge.From)!;
            var to = graph.Node(edge.To)!;
            var index = from.Ports.ToList().FindIndex(p => p.Source == edge.Source);
            List<LayoutPoint> path =
            [
                LayoutMetrics.SourceAnchor(from, layout.Placements[edge.From], index),
                .. edge.Waypoints,
                LayoutMetrics.TargetAnchor(to, layout.Placements[edge.To]),
            ];
            for (var i = 1; i < path.Count; i++)
            {
                var (a, b) = (path[i - 1], path[i]);
                Assert.True(a.X == b.X || a.Y == b.Y, $"{edge.From} → {edge.To}: segment {a} – {b} is not straight");
                foreach (var step in layout.Placements.Values)
                {
                    Assert.False(Crosses(a, b, step), $"{edge.From} → {edge.To}: segment {a} – {b} crosses {step.StepId}");
                }
            }
        }
    }

    [Fact]
    public void Back_links_and_the_join_association_of_the_building_permit_are_routed_and_links_to_the_next_column_are_curves()
    {
        var layout = FlowLayout.Compute(FlowGraph.Of(SampleDefinitions.Read("building-permit-house", 2)));

        Assert.All(layout.Edges.Where(e => e.Kind != FlowEdgeKind.Forward), e => Assert.Equal(4, e.Waypoints.Count));
        var toNext = layout.Edges.Where(e => e.Kind == FlowEdgeKind.Forward && layout.Placements[e.To].Layer == layout.Placements[e.From].Layer + 1).ToList();
        Assert.NotEmpty(toNext);
        Assert.All(toNext, e => Assert.Empty(e.Waypoints));

        // Every step and every lane stays inside the drawing, with its margin.
        var points = layout.Edges.SelectMany(e => e.Waypoints).ToList();
        Assert.True(points.Min(p => p.Y) >= LayoutMetrics.Margin - 0.001);
        Assert.True(points.Min(p => p.X) >= LayoutMetrics.Margin - 0.001);
        Assert.True(points.Max(p => p.Y) <= layout.Height - LayoutMetrics.Margin + 0.001);
        Assert.True(layout.Placements.Values.Max(p => p.Bottom) <= layout.Height - LayoutMetrics.Margin + 0.001);
    }

    [Fact]
    public void A_published_version_is_drawn_without_the_ports_that_add_outcomes_branches_or_rules()
    {
        var document = SampleDefinitions.Read("building-permit-house", 2);

        var editable = FlowGraph.Of(document);
        var published = FlowGraph.Of(document, editable: false);

        Assert.Contains(editable.Nodes.SelectMany(n => n.Ports), p => p.Source.AddsEntry);
        Assert.DoesNotContain(published.Nodes.SelectMany(n => n.Ports), p => p.Source.AddsEntry);
        Assert.Equal(editable.Edges.Count, published.Edges.Count);
    }

    private static bool Crosses(LayoutPoint a, LayoutPoint b, PlacedStep step)
    {
        if (a.Y == b.Y)
        {
            return a.Y > step.Y && a.Y < step.Bottom && Math.Max(a.X, b.X) > step.X && Math.Min(a.X, b.X) < step.Right;
        }

        return a.X > step.X && a.X < step.Right && Math.Max(a.Y, b.Y) > step.Y && Math.Min(a.Y, b.Y) < step.Bottom;
    }
}
