namespace Workflow.Designer.Layout;

/// <summary>Where a step is drawn: its layer (column, left to right), its row inside the layer, and its top-left corner.</summary>
public sealed record PlacedStep(string StepId, int Layer, int Row, double X, double Y, double Height);
