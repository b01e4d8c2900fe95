using Newtonsoft.Json.Linq;

namespace Workflow.Designer.Interchange;

/// <summary>A BPMN file read as a procedure draft: the definition's JSON, and what could not be mapped.</summary>
public sealed record BpmnImport(JObject Definition, IReadOnlyList<UnmappedElement> Unmapped)
{
    /// <summary>The id the file gives, or "" when it gives none that is text (the workspace then refuses it, naming it).</summary>
    public string ProcedureId => Definition["id"] is JValue { Type: JTokenType.String } id ? (string)id! : "";
}
