using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.Journal.Details;

/// <summary>
/// How the dossier was filed: the procedure version, the channel, when it counts as filed, the
/// papers and files handed in, and the postal waybill. The channel decides the entry's kind.
/// </summary>
public sealed record DossierFiledDetail(
    string Procedure,
    Channel Channel,
    DateTime FiledAt,
    IReadOnlyList<ReceivedDocument>? Documents,
    int Sets,
    IReadOnlyList<FiledAttachment> Attachments,
    string? Waybill) : IJournalDetail
{
    string IJournalDetail.Kind => Channel switch
    {
        Channel.Online => JournalKinds.SubmitOnline,
        Channel.Post => JournalKinds.ReceiveByPost,
        _ => JournalKinds.ReceiveAtDesk,
    };
}
