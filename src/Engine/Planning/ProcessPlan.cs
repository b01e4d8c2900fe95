namespace Workflow.Engine.Planning;

/// <summary>The planned due instant of each step along the main path, and of the dossier.</summary>
public sealed record ProcessPlan(DateTimeOffset Received, DateTimeOffset StatutoryDue, string StatutoryExplanation, IReadOnlyList<PlannedStep> Steps)
{
    /// <summary>When the last planned step is due; after <see cref="StatutoryDue"/> means the steps do not fit.</summary>
    public DateTimeOffset PlannedFinish => Steps.Count == 0 ? Received : Steps.Max(s => s.Due);

    public bool FitsStatutoryTime => PlannedFinish <= StatutoryDue;
}
