namespace Workflow.Designer.Layout;

/// <summary>
/// Sizes the layout works with, in diagram pixels. The step widget is drawn to exactly these sizes
/// (see <c>wwwroot/designer.css</c>), so ports and links are placed from here without measuring the page.
/// </summary>
public static class LayoutMetrics
{
    public const double NodeWidth = 232;

    /// <summary>A task or a wait: kind, name (two lines), and three lines of detail (role, unit kind, duration).</summary>
    public const double TallHeaderHeight = 112;

    /// <summary>Other steps: kind, name (two lines), one line of detail.</summary>
    public const double ShortHeaderHeight = 80;

    /// <summary>One row per link slot under the header.</summary>
    public const double PortHeight = 22;

    /// <summary>The round handle of a port, centred on the step's edge.</summary>
    public const double PortSize = 12;

    public const double ColumnGap = 88;

    public const double RowGap = 28;

    public const double Margin = 32;

    /// <summary>How far a routed link's lane keeps from the steps it passes.</summary>
    public const double LaneClearance = 18;

    /// <summary>Between two lanes on the same side.</summary>
    public const double LaneSpacing = 10;

    public static double HeaderHeight(FlowNode node) => node.Kind is "task" or "wait" or "file" ? TallHeaderHeight : ShortHeaderHeight;

    public static double NodeHeight(FlowNode node) => HeaderHeight(node) + (node.Ports.Count * PortHeight);

    /// <summary>Where links arrive, measured from the step's top: the middle of its header.</summary>
    public static double InputY(FlowNode node) => HeaderHeight(node) / 2;

    /// <summary>The middle of the row of the port at <paramref name="index"/>, measured from the step's top.</summary>
    public static double PortY(FlowNode node, int index) => HeaderHeight(node) + (index * PortHeight) + (PortHeight / 2);

    /// <summary>Where a link leaves a port: the right edge of its handle.</summary>
    public static LayoutPoint SourceAnchor(FlowNode node, PlacedStep placed, int portIndex) =>
        new(placed.X + NodeWidth + (PortSize / 2), placed.Y + PortY(node, portIndex));

    /// <summary>Where a link arrives at a step: the left edge of its input handle.</summary>
    public static LayoutPoint TargetAnchor(FlowNode node, PlacedStep placed) =>
        new(placed.X - (PortSize / 2), placed.Y + InputY(node));
}
