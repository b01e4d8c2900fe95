using Workflow.Designer.Editing;
using Workflow.Engine.Definitions.Loading;

namespace Workflow.Designer.Validation;

/// <summary>
/// Checks a definition open in the designer with the command line's own loader
/// (<see cref="DefinitionLoader.LoadText"/>): schema, meaning, organisation and published record.
/// The designer has no rules of its own.
/// </summary>
public sealed class DraftValidator(DefinitionLoadOptions options, string displayRoot = "procedures")
{
    public DefinitionLoadOptions Options { get; } = options;

    public DefinitionReadResult Validate(DefinitionDocument document, string procedureId, int version) =>
        DefinitionLoader.LoadText(document.ToText(), DisplayPath(procedureId, version), procedureId, version, Options);

    public string DisplayPath(string procedureId, int version) => $"{displayRoot}/{procedureId}/v{version}.json";
}
