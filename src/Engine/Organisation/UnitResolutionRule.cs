namespace Workflow.Engine.Organisation;

/// <summary>Which rule of the resolver found (or failed to choose) the unit, tried in this order.</summary>
public enum UnitResolutionRule
{
    /// <summary>The receiving unit is itself of the kind asked for.</summary>
    ReceivingUnitItself,

    /// <summary>A unit of the kind serves the receiving unit or one of its ancestors (nearest first).</summary>
    Serves,

    /// <summary>A unit of the kind was found by walking up the ancestors and searching each one's branch.</summary>
    Hierarchy,
}
