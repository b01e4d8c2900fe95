using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Workflow.Designer.Layout;

namespace Workflow.Designer.Diagram;

/// <summary>A step on the diagram: the flow node it shows, its input port on the left and one output port per link slot on the right.</summary>
public sealed class StepNodeModel : NodeModel
{
    public StepNodeModel(FlowNode flow, Point position)
        : base(flow.StepId, position)
    {
        Flow = flow;
        Input = new InputPortModel(this);
        AddPort(Input);
        foreach (var port in flow.Ports)
        {
            var slot = new SlotPortModel(this, port);
            AddPort(slot);
            Slots.Add(slot);
        }
    }

    public FlowNode Flow { get; }

    public string StepId => Flow.StepId;

    public InputPortModel Input { get; }

    public List<SlotPortModel> Slots { get; } = [];

    public bool IsStart { get; set; }

    public bool OnLongestPath { get; set; }

    public int Errors { get; set; }

    public int Warnings { get; set; }
}
