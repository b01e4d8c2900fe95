namespace Workflow.Engine.Definitions.Model;

/// <summary>
/// One node of the process. Which members apply depends on <see cref="Kind"/>; the loader
/// reports members that are missing or have no meaning for the kind.
/// </summary>
public sealed record StepDefinition
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public StepKind Kind { get; init; }

    public string? Description { get; init; }

    // Task
    public StepPhase Phase { get; init; } = StepPhase.Processing;

    public Assignee? Assignee { get; init; }

    public DurationSpec? Duration { get; init; }

    public IReadOnlyList<OutcomeDefinition> Outcomes { get; init; } = [];

    /// <summary>Forms an officer may print at this step (ids of form templates).</summary>
    public IReadOnlyList<string> Forms { get; init; } = [];

    // Parallel
    public IReadOnlyList<string> Branches { get; init; } = [];

    public string? Join { get; init; }

    /// <summary>How long the consulted agencies have to answer, counted in working time from the fork at the asking unit.</summary>
    public DurationSpec? Deadline { get; init; }

    /// <summary>What happens to the silent branches when <see cref="Deadline"/> passes.</summary>
    public ConsultationDeadlineEffect? OnDeadline { get; init; }

    /// <summary>For <see cref="ConsultationDeadlineEffect.Escalate"/>: the role at the asking unit that is told.</summary>
    public string? EscalateTo { get; init; }

    // Join
    public JoinMode? Mode { get; init; }

    public int? Count { get; init; }

    // Join, wait
    public string? Next { get; init; }

    // Decision
    public IReadOnlyList<DecisionRule> Rules { get; init; } = [];

    public string? Otherwise { get; init; }

    // Wait
    public WaitReason? WaitFor { get; init; }

    public ClockEffect? Clock { get; init; }

    // A wait's Duration is the citizen's own deadline, counted in working days from the start of the wait.

    /// <summary>For a wait with a citizen deadline: how long before it the citizen is reminded, one reminder each.</summary>
    public IReadOnlyList<DurationSpec> RemindBefore { get; init; } = [];

    /// <summary>For a wait with a citizen deadline: what happens to the dossier when it passes.</summary>
    public CitizenDeadlineEffect? OnExpiry { get; init; }

    // End
    public EndResult? Result { get; init; }

    // File (liên thông): a dossier of another procedure filed at another unit
    /// <summary>The id of the procedure whose dossier this step files.</summary>
    public string? Procedure { get; init; }

    /// <summary>The unit that receives the linked dossier.</summary>
    public ChildReceiver? Receiver { get; init; }

    /// <summary>The data fields passed on to the linked dossier (the same ids in both procedures).</summary>
    public IReadOnlyList<string> Pass { get; init; } = [];

    /// <summary>Whether the parent waits for the linked dossier; none when absent.</summary>
    public ChildAwait? Await { get; init; }

    /// <summary>Every step id this step can lead to, in the order the file gives them.</summary>
    public IEnumerable<string> Targets()
    {
        foreach (var outcome in Outcomes)
        {
            if (!string.IsNullOrEmpty(outcome.To))
            {
                yield return outcome.To;
            }
        }

        foreach (var branch in Branches)
        {
            yield return branch;
        }

        if (!string.IsNullOrEmpty(Next))
        {
            yield return Next;
        }

        foreach (var rule in Rules)
        {
            if (!string.IsNullOrEmpty(rule.To))
            {
                yield return rule.To;
            }
        }

        if (!string.IsNullOrEmpty(Otherwise))
        {
            yield return Otherwise;
        }
    }
}
