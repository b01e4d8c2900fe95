namespace Workflow.Engine.Journal.Details;

/// <summary>The postal waybill, when the result was handed to the post, and the outcome the return task was completed with.</summary>
public sealed record ReturnByPostDetail(string Waybill, DateTime HandedOverAt, string Outcome) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.ReturnByPost;
}
