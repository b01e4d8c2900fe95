using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Definitions.Loading;

/// <summary>The versions that loaded without errors, and every problem found in the folder.</summary>
public sealed record DefinitionLoadResult(ProcedureCatalog Catalog, IReadOnlyList<Problem> Problems, int FilesRead)
{
    public bool HasErrors => Problems.Any(p => p.IsError);

    public int ErrorCount => Problems.Count(p => p.IsError);

    public int WarningCount => Problems.Count(p => p.Severity == ProblemSeverity.Warning);
}
