namespace Workflow.Designer.Layout;

/// <summary>A point of the drawing, in diagram pixels.</summary>
public readonly record struct LayoutPoint(double X, double Y);
