using Workflow.Designer.Editing;
using Workflow.Designer.Layout;
using Workflow.Designer.Tests.Support;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Tests.Layout;

public class FlowLayoutTests
{
    [Theory]
    [MemberData(nameof(SampleDefinitions.Versions), MemberType = typeof(SampleDefinitions))]
    public void Every_step_stands_in_a_layer_after_all_its_predecessors_and_only_back_links_go_left(string procedureId, int version)
    {
        var graph = FlowGraph.Of(SampleDefinitions.Read(procedureId, version));
        var layout = FlowLayout.Compute(graph);

        Assert.Equal(graph.Nodes.Count, layout.Placements.Count);
        Assert.Equal(0, layout.Placements[graph.Start].Layer);
        foreach (var edge in layout.Edges.Where(e => e.Kind == FlowEdgeKind.Forward))
        {
            Assert.True(layout.Placements[edge.To].Layer > layout.Placements[edge.From].Layer, $"{edge.From} → {edge.To}");
            Assert.True(layout.Placements[edge.To].X > layout.Placements[edge.From].X, $"{edge.From} → {edge.To}");
        }

        foreach (var edge in layout.Edges.Where(e => e.Kind == FlowEdgeKind.Back))
        {
            Assert.True(layout.Placements[edge.To].Layer <= layout.Placements[edge.From].Layer, $"{edge.From} ↩ {edge.To}");
        }

        // Nodes of one layer never overlap.
        foreach (var column in layout.Placements.Values.GroupBy(p => p.Layer))
        {
            var ordered = column.OrderBy(p => p.Y).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i].Y >= ordered[i - 1].Y + ordered[i - 1].Height, $"{ordered[i - 1].StepId} / {ordered[i].StepId}");
            }
        }
    }

    [Fact]
    public void The_branches_of_a_parallel_step_stand_side_by_side_in_the_next_layer_in_branch_order_and_the_join_after_them()
    {
        var layout = FlowLayout.Compute(FlowGraph.Of(SampleDefinitions.Read("building-permit-house", 2)));
        var fork = layout.Placements["consult-agencies"];
        string[] branches = ["consult-construction", "consult-land", "consult-land-officer"];

        var placed = branches.Select(b => layout.Placements[b]).ToList();
        Assert.All(placed, p => Assert.Equal(fork.Layer + 1, p.Layer));
        Assert.All(placed, p => Assert.Equal(fork.X + LayoutMetrics.NodeWidth + LayoutMetrics.ColumnGap, p.X));
        Assert.Equal(placed.OrderBy(p => p.Y).Select(p => p.StepId), branches);
        Assert.Equal(placed.Select(p => p.Row).Order(), Enumerable.Range(placed.Min(p => p.Row), 3));
        Assert.Equal(fork.Layer + 2, layout.Placements["opinions-received"].Layer);
    }

    [Fact]
    public void Rework_and_supplement_links_are_drawn_back_and_the_join_association_does_not_shape_the_layers()
    {
        var layout = FlowLayout.Compute(FlowGraph.Of(SampleDefinitions.Read("building-permit-house", 2)));

        var back = layout.Edges.Where(e => e.Kind == FlowEdgeKind.Back).Select(e => $"{e.From}>{e.To}").Order().ToList();
        Assert.Equal(["head-review>review", "review>review", "sign>review"], back);
        var association = Assert.Single(layout.Edges, e => e.Kind == FlowEdgeKind.JoinAssociation);
        Assert.Equal(("consult-agencies", "opinions-received"), (association.From, association.To));
        Assert.Equal("Trả lại chuyên viên", layout.Edges.Single(e => e.From == "head-review" && e.To == "review").Label);
        Assert.Equal("heritageZone || floors > 7", layout.Edges.Single(e => e.From == "needs-opinions" && e.To == "consult-agencies").Label);
    }

    [Fact]
    public void Steps_no_path_reaches_are_still_placed()
    {
        var document = SampleDefinitions.NextDraftOf("certified-copy", 1);
        var id = ProcessEdits.AddStep(document, StepKind.Task, "Bước lẻ loi", new StepDefaults("specialist", "commune"));

        var layout = FlowLayout.Compute(FlowGraph.Of(document));

        Assert.Equal(0, layout.Placements[id].Layer);
        Assert.True(layout.Placements[id].Y > layout.Placements[document.StartStepId].Y);
    }
}
