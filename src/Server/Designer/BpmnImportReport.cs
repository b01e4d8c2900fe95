using Workflow.Designer.Interchange;

namespace Workflow.Server.Designer;

/// <summary>A BPMN file imported as a draft: the draft's procedure and version, each element that could not be mapped, and the loader's checks of the draft.</summary>
public sealed record BpmnImportReport(string ProcedureId, int Version, IReadOnlyList<UnmappedElement> Unmapped, ValidationReport Validation);
