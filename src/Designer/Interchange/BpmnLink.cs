namespace Workflow.Designer.Interchange;

/// <summary>One sequence flow of an exported process: a step's link slot (<see cref="BpmnVocabulary.SlotPath"/>) to the step it leads to.</summary>
internal sealed record BpmnLink(string Id, string From, string To, string Slot);
