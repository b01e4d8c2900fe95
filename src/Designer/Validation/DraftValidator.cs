using Workflow.Designer.Editing;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Validation;

namespace Workflow.Designer.Validation;

/// <summary>
/// Checks a definition open in the designer with the command line's own loader
/// (<see cref="DefinitionLoader.LoadText"/>): schema, meaning, organisation and published record,
/// and its file steps against the other procedures of the folder (<see cref="LinkedProcedureChecks"/>,
/// WF085–WF089), as loading the whole folder would. The designer has no rules of its own.
/// </summary>
public sealed class DraftValidator(DefinitionLoadOptions options, string displayRoot = "procedures", IReadOnlyCollection<ProcedureDefinition>? procedures = null)
{
    public DefinitionLoadOptions Options { get; } = options;

    public DefinitionReadResult Validate(DefinitionDocument document, string procedureId, int version) => Validate(document.ToText(), procedureId, version);

    /// <summary>The one check of a draft's text, whether open in the editor, validated or saved through the workspace.</summary>
    public DefinitionReadResult Validate(string text, string procedureId, int version) =>
        DraftCheck.Check(text, DisplayPath(procedureId, version), procedureId, version, Options, procedures ?? []);

    public string DisplayPath(string procedureId, int version) => $"{displayRoot}/{procedureId}/v{version}.json";
}
