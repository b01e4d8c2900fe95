using Workflow.Designer.Editing;

namespace Workflow.Designer.Diagram;

/// <summary>A link the analyst drew on the diagram: from a port's slot to a step.</summary>
public sealed record DiagramConnection(LinkSource Source, string TargetStepId);
