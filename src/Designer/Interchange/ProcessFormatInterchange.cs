using System.Globalization;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using Workflow.Designer.Editing;
using Workflow.Designer.Workspace;

namespace Workflow.Designer.Interchange;

/// <summary>
/// The standard process formats over the designer's workspace: any stored version (file or the
/// database's copy) exported as BPMN 2.0 or Elsa 3, and a BPMN file imported as the next draft
/// version of its procedure, through the same draft store and checks as the editor's saves.
/// </summary>
public sealed class ProcessFormatInterchange(DesignerWorkspace workspace, ILogger<ProcessFormatInterchange> logger)
{
    public async Task<string> ExportBpmnAsync(string procedureId, int version, CancellationToken cancellationToken = default) =>
        BpmnExporter.ExportText(await workspace.OpenDocumentAsync(procedureId, version, cancellationToken));

    public async Task<JObject> ExportElsaAsync(string procedureId, int version, CancellationToken cancellationToken = default) =>
        ElsaExporter.Export(await workspace.OpenDocumentAsync(procedureId, version, cancellationToken));

    /// <summary>Reads the file (refusing DTDs, non-BPMN and oversized files with <see cref="BpmnImportException"/>) and saves it as the procedure's next draft.</summary>
    public async Task<ImportedDraft> ImportBpmnAsync(string xml, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        var imported = BpmnImporter.Import(xml, culture);
        var version = await workspace.NextVersionAsync(imported.ProcedureId, cancellationToken);
        imported.Definition["version"] = version;
        var saved = await workspace.SaveDraftAsync(imported.ProcedureId, version, DefinitionDocument.Of(imported.Definition).ToText(), cancellationToken);
        logger.LogInformation("BPMN imported as draft {ProcedureId} v{Version}; {Unmapped} elements not mapped", saved.ProcedureId, saved.Version, imported.Unmapped.Count);
        return new ImportedDraft(saved.ProcedureId, saved.Version, imported.Unmapped, saved.Problems);
    }
}
