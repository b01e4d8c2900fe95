namespace Workflow.Engine.Definitions.Model;

/// <summary>
/// Which members each step kind carries (docs/procedures.md, "Steps"): the validator warns about
/// the others (WF026), and the designer drops them when a step changes kind.
/// </summary>
public static class StepKindMembers
{
    private static readonly Dictionary<StepKind, IReadOnlySet<string>> ByKind = new()
    {
        [StepKind.Task] = Set("phase", "assignee", "duration", "outcomes", "forms"),
        [StepKind.Parallel] = Set("branches", "join", "deadline", "onDeadline", "escalateTo"),
        [StepKind.Join] = Set("mode", "count", "next"),
        [StepKind.Decision] = Set("rules", "otherwise"),
        // A wait's "duration" is the citizen's own deadline (with its reminders and what its passing does).
        [StepKind.Wait] = Set("waitFor", "clock", "duration", "remindBefore", "onExpiry", "next"),
        [StepKind.File] = Set("procedure", "receiver", "pass", "await", "next", "otherwise"),
        [StepKind.End] = Set("result"),
    };

    /// <summary>The members of a consultation's deadline: meaningful on a parallel step only, and refused elsewhere (WF070) rather than ignored.</summary>
    public static readonly IReadOnlySet<string> ConsultationDeadline = Set("deadline", "onDeadline", "escalateTo");

    /// <summary>The members of a citizen's deadline besides the wait's "duration": meaningful on a wait step only, and refused elsewhere (WF078) rather than ignored.</summary>
    public static readonly IReadOnlySet<string> CitizenDeadline = Set("remindBefore", "onExpiry");

    /// <summary>Members every step has, whatever its kind.</summary>
    public static readonly IReadOnlySet<string> Common = Set("id", "name", "kind", "description");

    /// <summary>Members that mean something on some step kind; any other member is not a step member at all.</summary>
    public static readonly IReadOnlySet<string> All = ByKind.Values.SelectMany(m => m).ToHashSet(StringComparer.Ordinal);

    /// <summary>The members particular to <paramref name="kind"/>, besides <see cref="Common"/>.</summary>
    public static IReadOnlySet<string> Of(StepKind kind) => ByKind[kind];

    private static HashSet<string> Set(params string[] members) => new(members, StringComparer.Ordinal);
}
