using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Journal.Details;

/// <summary>The citizen's satisfaction level and where the rating was given (online, desk, officer).</summary>
public sealed record RateDetail(SatisfactionLevel Level, string Channel) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.Rate;
}
