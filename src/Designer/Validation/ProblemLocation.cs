namespace Workflow.Designer.Validation;

/// <summary>Where a problem points in the editor: a section and, inside the process, the step (and its member path).</summary>
public sealed record ProblemLocation(DefinitionSection Section, string? StepId = null, string? MemberPath = null);
