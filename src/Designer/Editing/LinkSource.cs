namespace Workflow.Designer.Editing;

/// <summary>The place a link starts: a step, the member it writes, and the index in that member's list when it is one.</summary>
public sealed record LinkSource(string StepId, LinkSlot Slot, int Index = -1)
{
    public static LinkSource Outcome(string stepId, int index) => new(stepId, LinkSlot.Outcome, index);

    public static LinkSource NewOutcome(string stepId) => new(stepId, LinkSlot.NewOutcome);

    public static LinkSource Branch(string stepId, int index) => new(stepId, LinkSlot.Branch, index);

    public static LinkSource NewBranch(string stepId) => new(stepId, LinkSlot.NewBranch);

    public static LinkSource Join(string stepId) => new(stepId, LinkSlot.Join);

    public static LinkSource Next(string stepId) => new(stepId, LinkSlot.Next);

    public static LinkSource Rule(string stepId, int index) => new(stepId, LinkSlot.Rule, index);

    public static LinkSource NewRule(string stepId) => new(stepId, LinkSlot.NewRule);

    public static LinkSource Otherwise(string stepId) => new(stepId, LinkSlot.Otherwise);

    /// <summary>Whether connecting this source adds a list entry rather than re-pointing one.</summary>
    public bool AddsEntry => Slot is LinkSlot.NewOutcome or LinkSlot.NewBranch or LinkSlot.NewRule;
}
