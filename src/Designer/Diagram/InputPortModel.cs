using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Workflow.Designer.Layout;

namespace Workflow.Designer.Diagram;

/// <summary>Where links arrive at a step (its left side), placed by the layout. Links never start here.</summary>
public sealed class InputPortModel : PortModel
{
    public InputPortModel(StepNodeModel parent, Point position)
        : base($"{parent.StepId}:in", parent, PortAlignment.Left, position, new Size(LayoutMetrics.PortSize, LayoutMetrics.PortSize))
    {
        Locked = true;
        Initialized = true;
    }

    public override bool CanAttachTo(ILinkable other) => false;
}
