using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Definitions.Validation;

/// <summary>
/// The one check of a draft's text that is not (yet) a file: the loader's (<see cref="DefinitionLoader.LoadText"/>), and its
/// file steps against the folder's other procedures (<see cref="LinkedProcedureChecks"/>, WF085–WF089) and its store types against
/// their results (<see cref="StoreTypeChecks"/>, WF092) as loading the whole folder would. The designer's validator and the command line's imports both ask here.
/// </summary>
public static class DraftCheck
{
    public static DefinitionReadResult Check(string text, string displayPath, string procedureId, int version, DefinitionLoadOptions options, IReadOnlyCollection<ProcedureDefinition> procedures)
    {
        var result = DefinitionLoader.LoadText(text, displayPath, procedureId, version, options);
        if (result.Definition is not { } draft || (draft.Process.Steps.All(s => s.Kind != StepKind.File) && draft.Documents.All(d => d.FromStore.Count == 0)))
        {
            return result;
        }

        // The draft stands in for its own saved version; only its own problems are reported here.
        var loaded = procedures.Where(d => d.Key != draft.Key).Append(draft).ToList();
        var linked = LinkedProcedureChecks.Check(loaded, options.Culture).Concat(StoreTypeChecks.Check(loaded, options.Culture))
            .Where(p => p.File == draft.Source.File).ToList();
        return linked.Count == 0 ? result : result with { Problems = [.. result.Problems, .. linked] };
    }
}
