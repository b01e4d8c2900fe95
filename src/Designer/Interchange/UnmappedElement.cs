namespace Workflow.Designer.Interchange;

/// <summary>Something in an imported BPMN file that the procedure format cannot express, or expresses only approximately: the element's id, its BPMN type and a sentence saying what became of it.</summary>
public sealed record UnmappedElement(string ElementId, string Type, string Message);
