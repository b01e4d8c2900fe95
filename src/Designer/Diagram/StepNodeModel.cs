using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Workflow.Designer.Layout;

namespace Workflow.Designer.Diagram;

/// <summary>
/// A step on the diagram where the layout put it, with its input port on the left and one output
/// port per link slot on the right. Its size and its ports' places come from <see cref="LayoutMetrics"/>
/// (the widget is drawn to the same sizes), so nothing is measured in the browser. Steps are not
/// dragged: the layout places them.
/// </summary>
public sealed class StepNodeModel : NodeModel
{
    public StepNodeModel(FlowNode flow, PlacedStep placed, StepNodeText text)
        : base(flow.StepId, new Point(placed.X, placed.Y))
    {
        Flow = flow;
        Text = text;
        Size = new Size(LayoutMetrics.NodeWidth, placed.Height);
        ControlledSize = true;
        Locked = true;
        var input = LayoutMetrics.TargetAnchor(flow, placed);
        Input = new InputPortModel(this, new Point(input.X, input.Y - (LayoutMetrics.PortSize / 2)));
        AddPort(Input);
        for (var i = 0; i < flow.Ports.Count; i++)
        {
            var anchor = LayoutMetrics.SourceAnchor(flow, placed, i);
            var slot = new SlotPortModel(this, flow.Ports[i], new Point(anchor.X - LayoutMetrics.PortSize, anchor.Y - (LayoutMetrics.PortSize / 2)));
            AddPort(slot);
            Slots.Add(slot);
        }
    }

    public FlowNode Flow { get; }

    public StepNodeText Text { get; }

    public string StepId => Flow.StepId;

    public InputPortModel Input { get; }

    public List<SlotPortModel> Slots { get; } = [];

    public bool IsStart { get; init; }

    public bool OnLongestPath { get; init; }

    public int Errors { get; init; }

    public int Warnings { get; init; }

    /// <summary>Whether links may be drawn from its ports (a draft).</summary>
    public bool Editable { get; init; }
}
