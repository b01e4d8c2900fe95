using Blazor.Diagrams;
using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.PathGenerators;
using Blazor.Diagrams.Core.Routers;
using Blazor.Diagrams.Options;
using Workflow.Designer.Editing;

namespace Workflow.Designer.Diagram;

/// <summary>Builds the Z.Blazor.Diagrams model from a snapshot: steps where the layout put them, links along the layout's routes.</summary>
public static class FlowDiagramBuilder
{
    /// <summary>The colour of a link being drawn from a port.</summary>
    public const string DrawingColour = "#1565c0";

    public static BlazorDiagram Create()
    {
        var options = new BlazorDiagramOptions
        {
            AllowMultiSelection = false,
            Zoom = { Minimum = 0.15, Maximum = 2 },
            Links =
            {
                DefaultRouter = new NormalRouter(),
                DefaultPathGenerator = new SmoothPathGenerator(),
                RequireTarget = true,
                EnableSnapping = true,
                SnappingRadius = 30,
                Factory = (_, source, target) => source is SlotPortModel port
                    ? new LinkModel(new SinglePortAnchor(port), target) { TargetMarker = LinkMarker.Arrow, Color = DrawingColour, Width = 2 }
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
        diagram.RegisterComponent<FlowLinkModel, Components.FlowLinkWidget>();
        return diagram;
    }

    /// <summary>Replaces what the diagram shows; pan and zoom stay as the analyst left them.</summary>
    public static void Populate(BlazorDiagram diagram, DiagramSnapshot snapshot, OrganisationChoices? names)
    {
        var (graph, layout, decorations) = (snapshot.Graph, snapshot.Layout, snapshot.Decorations);
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
                var node = new StepNodeModel(flow, placed, StepNodeText.Of(flow, names))
                {
                    IsStart = flow.StepId == graph.Start,
                    OnLongestPath = decorations.LongestPath.Contains(flow.StepId),
                    Errors = problems.Errors,
                    Warnings = problems.Warnings,
                    Editable = !decorations.ReadOnly,
                };
                foreach (var slot in node.Slots)
                {
                    slot.Locked = decorations.ReadOnly;
                }

                nodes[flow.StepId] = diagram.Nodes.Add(node);
            }

            foreach (var edge in layout.Edges)
            {
                if (!nodes.TryGetValue(edge.From, out var from) || !nodes.TryGetValue(edge.To, out var to)
                    || from.Slots.FirstOrDefault(s => s.Port.Source == edge.Source) is not { } port)
                {
                    continue;
                }

                diagram.Links.Add(new FlowLinkModel(edge, port, to.Input));
            }
        });
    }
}
