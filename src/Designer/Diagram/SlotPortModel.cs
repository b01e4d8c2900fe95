using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Workflow.Designer.Layout;

namespace Workflow.Designer.Diagram;

/// <summary>A port links leave from, placed by the layout: an outcome, branch, rule, next, otherwise, join, or a "+" that adds one.</summary>
public sealed class SlotPortModel : PortModel
{
    public SlotPortModel(StepNodeModel parent, FlowPort port, Point position)
        : base($"{parent.StepId}:{port.Source.Slot}:{port.Source.Index}", parent, PortAlignment.Right, position, new Size(LayoutMetrics.PortSize, LayoutMetrics.PortSize))
    {
        Port = port;
        Initialized = true;
    }

    public FlowPort Port { get; }

    /// <summary>A link drawn from here may end on a step or its input port.</summary>
    public override bool CanAttachTo(ILinkable other) => other is InputPortModel or StepNodeModel;
}
