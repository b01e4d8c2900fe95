using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Definitions.Loading;

/// <summary>What reading one definition file gave: the model (when its structure was sound), the parsed JSON and the problems.</summary>
public sealed record DefinitionReadResult(ProcedureDefinition? Definition, JToken? Json, IReadOnlyList<Problem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}
