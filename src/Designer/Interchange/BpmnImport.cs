using Newtonsoft.Json.Linq;

namespace Workflow.Designer.Interchange;

/// <summary>A BPMN file read as a procedure draft: the definition's JSON, and what could not be mapped.</summary>
public sealed record BpmnImport(JObject Definition, IReadOnlyList<UnmappedElement> Unmapped)
{
    public string ProcedureId => (string?)Definition["id"] ?? "";
}
