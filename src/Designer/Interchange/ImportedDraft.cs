using Workflow.Engine.Diagnostics;

namespace Workflow.Designer.Interchange;

/// <summary>A BPMN file saved as a draft: where it went, what could not be mapped, and what the loader says of the draft.</summary>
public sealed record ImportedDraft(string ProcedureId, int Version, IReadOnlyList<UnmappedElement> Unmapped, IReadOnlyList<Problem> Problems);
