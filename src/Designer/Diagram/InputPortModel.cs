using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;

namespace Workflow.Designer.Diagram;

/// <summary>Where links arrive at a step (its left side). Links never start here.</summary>
public sealed class InputPortModel : PortModel
{
    public InputPortModel(StepNodeModel parent)
        : base($"{parent.StepId}:in", parent, PortAlignment.Left)
    {
        Locked = true;
    }

    public override bool CanAttachTo(ILinkable other) => false;
}
