using Workflow.Engine.Digitisation;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// Records the components of an online or postal dossier that were already electronic when filed:
/// the citizen's uploads claimed by the filing become the holder's digitised components, their
/// bytes staying in the upload store. The filing's journal entry already lists them.
/// </summary>
internal static class ElectronicComponents
{
    public static void RecordAtSubmission(DossierSession session, IReadOnlyList<FiledAttachment> attachments)
    {
        if (session.Dossier.Channel is not (Channel.Online or Channel.Post))
        {
            return;
        }

        foreach (var attachment in attachments)
        {
            var upload = session.Db.Uploads.Local.Single(u => u.Id == attachment.Upload);
            session.Db.DigitisedComponents.Add(new DigitisedComponentRecord
            {
                Id = Guid.CreateVersion7(),
                DossierId = session.Dossier.Id,
                DocumentId = attachment.Document,
                DocumentName = session.Definition.Documents.FirstOrDefault(d => d.Id == attachment.Document)?.Name ?? attachment.Document,
                HolderId = session.Dossier.ApplicantIdNumber,
                HolderName = session.Dossier.ApplicantName,
                Source = DigitisationSource.ElectronicAtSubmission,
                FileName = attachment.Name,
                MediaType = upload.ContentType,
                Size = attachment.Size,
                ContentHash = attachment.Sha256,
                UploadId = attachment.Upload,
                UnitId = session.Dossier.ReceivingUnitId,
                RecordedAt = session.Now,
                RecordedBy = session.Actor.Name,
            });
        }
    }
}
