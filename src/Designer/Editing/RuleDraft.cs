namespace Workflow.Designer.Editing;

/// <summary>A decision rule as the step panel edits it: a condition on the dossier data and the step it leads to.</summary>
public sealed record RuleDraft(string When, string To);
