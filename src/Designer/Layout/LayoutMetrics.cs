namespace Workflow.Designer.Layout;

/// <summary>Sizes the layout works with, in diagram pixels; the node widget is drawn to the same sizes.</summary>
public static class LayoutMetrics
{
    public const double NodeWidth = 250;

    /// <summary>Name, kind, role and duration lines.</summary>
    public const double HeaderHeight = 104;

    public const double PortHeight = 22;

    public const double ColumnGap = 120;

    public const double RowGap = 36;

    public const double Margin = 40;

    public static double NodeHeight(FlowNode node) => HeaderHeight + (node.Ports.Count * PortHeight);
}
