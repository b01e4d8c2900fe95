using Workflow.Engine.Diagnostics;

namespace Workflow.Designer.Diagram;

/// <summary>What the diagram highlights besides the steps themselves: the longest path, steps with problems, and whether it may be edited.</summary>
public sealed record DiagramDecorations(IReadOnlySet<string> LongestPath, IReadOnlyDictionary<string, (int Errors, int Warnings)> ProblemsByStep, bool ReadOnly)
{
    public static readonly DiagramDecorations None = new(new HashSet<string>(), new Dictionary<string, (int, int)>(), false);

    public static IReadOnlyDictionary<string, (int Errors, int Warnings)> Count(IEnumerable<(string? StepId, Problem Problem)> located) =>
        located.Where(x => x.StepId is not null)
            .GroupBy(x => x.StepId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.Count(x => x.Problem.IsError), g.Count(x => x.Problem.Severity == ProblemSeverity.Warning)), StringComparer.Ordinal);
}
