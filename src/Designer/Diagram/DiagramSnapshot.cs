using Workflow.Designer.Editing;
using Workflow.Designer.Layout;
using Workflow.Designer.Simulation;
using Workflow.Designer.Validation;

namespace Workflow.Designer.Diagram;

/// <summary>
/// Everything the diagram shows for the editor's current JSON, computed once per change of the
/// document (selecting a step does not redraw it).
/// </summary>
public sealed record DiagramSnapshot(FlowGraph Graph, FlowLayoutResult Layout, DiagramDecorations Decorations, LongestPathSummary? LongestPath)
{
    public static DiagramSnapshot Of(DefinitionEditor editor)
    {
        var graph = FlowGraph.Of(editor.Document, editable: !editor.IsReadOnly);
        var layout = FlowLayout.Compute(graph);
        var longest = editor.PlannableDefinition is { } definition ? LongestPathSummary.Of(definition, editor.LoadOptions) : null;
        var problems = DiagramDecorations.Count(editor.Problems.Select(p => (ProblemLocator.Locate(p, editor.Document).StepId, p)));
        var decorations = new DiagramDecorations((longest?.StepIds ?? []).ToHashSet(StringComparer.Ordinal), problems, editor.IsReadOnly);
        return new DiagramSnapshot(graph, layout, decorations, longest);
    }
}
