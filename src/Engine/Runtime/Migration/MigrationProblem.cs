namespace Workflow.Engine.Runtime.Migration;

/// <summary>
/// Why an open step has no place in the target version, in both languages; <see cref="Code"/> is
/// <c>mapping-incomplete</c> (no place given) or <c>mapping-wrong-kind</c> (a place of another kind).
/// </summary>
public sealed record MigrationProblem(string Code, string Vietnamese, string English)
{
    public const string Incomplete = "mapping-incomplete";
    public const string WrongKind = "mapping-wrong-kind";

    public override string ToString() => $"{Vietnamese} / {English}";

    /// <summary>The refusal's code: a wrong choice is named before a missing one.</summary>
    public static string CodeOf(IReadOnlyList<MigrationProblem> problems) =>
        problems.Any(p => p.Code == WrongKind) ? WrongKind : Incomplete;

    /// <summary>One refusal for several steps, in the engine's two-language message form.</summary>
    public static string Join(IReadOnlyList<MigrationProblem> problems, string vietnameseEnd, string englishEnd) =>
        $"{string.Join(" ", problems.Select(p => p.Vietnamese))} {vietnameseEnd} / {string.Join(" ", problems.Select(p => p.English))} {englishEnd}";
}
