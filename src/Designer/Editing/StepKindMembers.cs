using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Editing;

/// <summary>
/// Which members each step kind carries (docs/procedures.md, "Steps"). The editor uses it only to
/// decide what to drop and what to offer when a step changes kind; whether the result is right is
/// always the loader's word.
/// </summary>
public static class StepKindMembers
{
    public static readonly IReadOnlySet<string> Common = new HashSet<string>(StringComparer.Ordinal) { "id", "name", "kind", "description" };

    public static IReadOnlySet<string> Of(StepKind kind) => kind switch
    {
        StepKind.Task => new HashSet<string>(StringComparer.Ordinal) { "phase", "assignee", "duration", "outcomes", "forms" },
        StepKind.Parallel => new HashSet<string>(StringComparer.Ordinal) { "branches", "join" },
        StepKind.Join => new HashSet<string>(StringComparer.Ordinal) { "mode", "count", "next" },
        StepKind.Decision => new HashSet<string>(StringComparer.Ordinal) { "rules", "otherwise" },
        // No "duration": citizen deadlines on waits are not supported yet, and the loader refuses one (WF029).
        StepKind.Wait => new HashSet<string>(StringComparer.Ordinal) { "waitFor", "clock", "next" },
        _ => new HashSet<string>(StringComparer.Ordinal) { "result" },
    };
}
