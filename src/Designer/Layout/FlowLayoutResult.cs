namespace Workflow.Designer.Layout;

/// <summary>The computed drawing: every step placed, every link classified as forward, back or join association.</summary>
public sealed record FlowLayoutResult(IReadOnlyDictionary<string, PlacedStep> Placements, IReadOnlyList<FlowEdge> Edges, double Width, double Height)
{
    public int LayerCount => Placements.Count == 0 ? 0 : Placements.Values.Max(p => p.Layer) + 1;

    public IReadOnlyList<PlacedStep> Layer(int layer) => Placements.Values.Where(p => p.Layer == layer).OrderBy(p => p.Row).ToList();
}
