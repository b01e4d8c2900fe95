namespace Workflow.Designer.Layout;

/// <summary>Where a step is drawn: its layer (column, left to right), its row inside the layer, its top-left corner and height.</summary>
public sealed record PlacedStep(string StepId, int Layer, int Row, double X, double Y, double Height)
{
    public double Bottom => Y + Height;

    public double Right => X + LayoutMetrics.NodeWidth;
}
