using Blazor.Diagrams;
using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.PathGenerators;
using Blazor.Diagrams.Core.Routers;
using Blazor.Diagrams.Options;
using Workflow.Designer.Layout;

namespace Workflow.Designer.Diagram;

/// <summary>Builds the Z.Blazor.Diagrams model from the computed layout: step nodes where the layout put them, labelled links, back links in another colour.</summary>
public static class FlowDiagramBuilder
{
    public const string ForwardColour = "#546e7a";
    public const string BackColour = "#e65100";
    public const string JoinColour = "#9e9e9e";

    public static BlazorDiagram Create()
    {
        var options = new BlazorDiagramOptions
        {
            AllowMultiSelection = false,
            Zoom = { Minimum = 0.2, Maximum = 2 },
            Links =
            {
                DefaultRouter = new NormalRouter(),
                DefaultPathGenerator = new SmoothPathGenerator(),
                RequireTarget = true,
                EnableSnapping = true,
                SnappingRadius = 30,
                Factory = (_, source, target) => source is SlotPortModel port
                    ? new LinkModel(new SinglePortAnchor(port), target) { TargetMarker = LinkMarker.Arrow, Color = ForwardColour, Width = 2 }
                    : null,
            },
            Constraints =
            {
                ShouldDeleteNode = _ => ValueTask.FromResult(false),
                ShouldDeleteLink = _ => ValueTask.FromResult(false),
            },
        };
        var diagram = new BlazorDiagram(options);
        diagram.RegisterComponent<StepNodeModel, Components.StepNodeWidget>();
        return diagram;
    }

    /// <summary>Replaces what the diagram shows; pan and zoom stay as the analyst left them.</summary>
    public static void Populate(BlazorDiagram diagram, FlowGraph graph, FlowLayoutResult layout, DiagramDecorations decorations)
    {
        diagram.Batch(() =>
        {
            diagram.Links.Clear();
            diagram.Nodes.Clear();
            var nodes = new Dictionary<string, StepNodeModel>(StringComparer.Ordinal);
            foreach (var flow in graph.Nodes)
            {
                if (nodes.ContainsKey(flow.StepId) || !layout.Placements.TryGetValue(flow.StepId, out var placed))
                {
                    continue;
                }

                var problems = decorations.ProblemsByStep.GetValueOrDefault(flow.StepId);
                var node = new StepNodeModel(flow, new Point(placed.X, placed.Y))
                {
                    IsStart = flow.StepId == graph.Start,
                    OnLongestPath = decorations.LongestPath.Contains(flow.StepId),
                    Errors = problems.Errors,
                    Warnings = problems.Warnings,
                    Locked = decorations.ReadOnly,
                };
                foreach (var slot in node.Slots)
                {
                    slot.Locked = decorations.ReadOnly;
                }

                nodes[flow.StepId] = diagram.Nodes.Add(node);
            }

            foreach (var edge in layout.Edges)
            {
                if (!nodes.TryGetValue(edge.From, out var from) || !nodes.TryGetValue(edge.To, out var to))
                {
                    continue;
                }

                var port = from.Slots.FirstOrDefault(s => s.Port.Source == edge.Source);
                if (port is null)
                {
                    continue;
                }

                var link = new LinkModel(new SinglePortAnchor(port), new SinglePortAnchor(to.Input))
                {
                    Color = edge.Kind switch { FlowEdgeKind.Back => BackColour, FlowEdgeKind.JoinAssociation => JoinColour, _ => ForwardColour },
                    Width = edge.Kind == FlowEdgeKind.JoinAssociation ? 1 : 2,
                    TargetMarker = edge.Kind == FlowEdgeKind.JoinAssociation ? null : LinkMarker.Arrow,
                    Locked = true,
                    Segmentable = false,
                };
                if (edge.Kind != FlowEdgeKind.Forward || edge.Source.Slot is Editing.LinkSlot.Rule or Editing.LinkSlot.Otherwise or Editing.LinkSlot.Outcome)
                {
                    link.Labels.Add(new LinkLabelModel(link, Shorten(edge.Label)));
                }

                diagram.Links.Add(link);
            }

            if (decorations.SelectedStepId is { } selected && nodes.TryGetValue(selected, out var chosen))
            {
                diagram.SelectModel(chosen, true);
            }
        });
    }

    private static string Shorten(string label) => label.Length <= 32 ? label : label[..30] + "…";
}
