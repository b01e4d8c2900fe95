using Workflow.Engine.Results;

namespace Workflow.Engine.Journal.Details;

/// <summary>
/// The stored result, which of the definition's results it is, where its bytes came from, their
/// hash and media type, and its validity (last day inclusive, none when the definition gives no term).
/// The hash lets anyone prove later that the file handed out is the one issued.
/// </summary>
public sealed record ResultIssuedDetail(Guid Document, string Result, ResultOrigin Origin, string ContentHash, string MediaType, DateOnly ValidFrom, DateOnly? ValidTo) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.ResultIssued;
}
