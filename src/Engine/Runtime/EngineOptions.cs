using Workflow.Engine.Deadlines;

namespace Workflow.Engine.Runtime;

/// <summary>Settings an administrator may change; the defaults follow DOMAIN.md.</summary>
public sealed record EngineOptions
{
    /// <summary>
    /// The dossier code pattern: <c>{agency}</c> is the receiving unit's agency code, <c>{date:FORMAT}</c>
    /// the local receipt date, <c>{seq:N}</c> the day's serial with N digits (Circular 01/2018 art. 19).
    /// </summary>
    public string DossierCodePattern { get; init; } = "{agency}-{date:yyMMdd}-{seq:4}";

    /// <summary>How working days are counted unless a procedure says otherwise.</summary>
    public DeadlineConvention Convention { get; init; } = DeadlineConvention.CivilCode;

    /// <summary>How long before a step's due instant its assignee is reminded.</summary>
    public Duration StepReminderLead { get; init; } = Duration.WorkingDays(1);

    /// <summary>How long before the dossier's deadline the late unit must have apologised (Decree 61 art. 19.9).</summary>
    public Duration ApologyLead { get; init; } = Duration.WorkingDays(1);

    /// <summary>How long a unit has to answer a citizen's feedback (unverified: set by provincial rules).</summary>
    public Duration FeedbackAnswerTime { get; init; } = Duration.WorkingDays(10);

    /// <summary>How many supplement requests a dossier may receive (Decree 61 art. 19.4: one, listing everything).</summary>
    public int SupplementRequestsAllowed { get; init; } = 1;

    /// <summary>How long a timer worker holds a claimed timer before another worker may take it.</summary>
    public TimeSpan TimerLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Timers are claimed in batches of this size.</summary>
    public int TimerBatchSize { get; init; } = 100;

    /// <summary>Upper bound on the worker's sleep when no timer is due sooner.</summary>
    public TimeSpan TimerMaxSleep { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A command that takes longer than this to run and commit is logged with its kind and duration.</summary>
    public TimeSpan SlowCommandThreshold { get; init; } = TimeSpan.FromMilliseconds(500);
}
