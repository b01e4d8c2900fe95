using Workflow.Engine.Runtime.Errors;

namespace Workflow.Engine.Runtime.Migration;

/// <summary>
/// Why a dossier cannot move yet, in both languages: an open <see cref="Step"/> without a place in the
/// target version (<see cref="Code"/> <c>mapping-incomplete</c>, or <c>mapping-wrong-kind</c> for a place
/// of another kind), or the dossier standing inside parallel branches (no step).
/// </summary>
public sealed record MigrationProblem(string Code, string? Step, string Vietnamese, string English)
{
    public const string Incomplete = "mapping-incomplete";
    public const string WrongKind = "mapping-wrong-kind";
    public const string InsideBranches = "migration-inside-branches";

    public override string ToString() => $"{Vietnamese} / {English}";

    /// <summary>The refusal's code: a wrong choice is named before a missing one.</summary>
    public static string CodeOf(IReadOnlyList<MigrationProblem> problems) =>
        problems.Any(p => p.Code == WrongKind) ? WrongKind : Incomplete;

    /// <summary>One refusal for several steps, blaming the mapping, each sentence followed by <paramref name="vietnameseEnd"/> or <paramref name="englishEnd"/>.</summary>
    public static WorkflowException Refusal(IReadOnlyList<MigrationProblem> problems, string vietnameseEnd, string englishEnd) =>
        new(WorkflowErrorKind.Invalid, CodeOf(problems),
            $"{string.Join(" ", problems.Select(p => p.Vietnamese))} {vietnameseEnd}",
            $"{string.Join(" ", problems.Select(p => p.English))} {englishEnd}", "mapping");
}
