namespace Workflow.Engine.Journal.Details;

/// <summary>
/// The decision step where no rule held, and its otherwise target. <see cref="Rule"/> is always
/// <see cref="OtherwiseRule"/>: it is written so the entry reads like <see cref="DecisionDetail"/>.
/// </summary>
public sealed record DecisionOtherwiseDetail(string Step, string Rule, string? To) : IJournalDetail
{
    public const string OtherwiseRule = "otherwise";

    string IJournalDetail.Kind => JournalKinds.Decision;

    public static DecisionOtherwiseDetail For(string step, string? to) => new(step, OtherwiseRule, to);
}
