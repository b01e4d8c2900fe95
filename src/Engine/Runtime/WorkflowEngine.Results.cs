using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Delegation;
using Workflow.Engine.Documents;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Results;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Stores a result of the dossier as an electronic document (Decree 45/2020: an electronic result
    /// has the validity of the paper one), linked to the dossier and to its holder, valid from today
    /// for the definition's term. Results are issued at the step that returns them: an open task of the
    /// return phase, by an officer of its unit in its role or a head or leader of that unit.
    /// </summary>
    public async Task<Guid> IssueResultAsync(Guid dossierId, string resultId, ResultContent content, Actor actor, CancellationToken cancellationToken = default)
    {
        var id = Guid.CreateVersion7();
        await ExecuteAsync(dossierId, actor, null, async session =>
        {
            var result = session.Definition.Results.FirstOrDefault(r => r.Id == resultId)
                ?? throw NotFound("result-not-defined", "resultId",
                    $"Thủ tục không có kết quả \"{resultId}\"; chọn một trong: {string.Join(", ", session.Definition.Results.Select(r => r.Name))}.",
                    $"The procedure has no result \"{resultId}\".");
            var task = await ActAtReturnStepAsync(session, actor, "lập kết quả", "issue results", cancellationToken);
            var issuedOn = session.Context.Today;
            if (content.SigningAuthorisationId is { } authorisationId)
            {
                SigningAuthorisations.Require(await SigningAuthorisations.FindAsync(session.Db, authorisationId, cancellationToken), task.UnitId!, issuedOn, signerId: null);
            }

            var record = new ElectronicResultRecord
            {
                Id = id,
                DossierId = dossierId,
                ResultId = result.Id,
                Name = result.Name,
                HolderId = session.Dossier.ApplicantIdNumber,
                HolderName = session.Dossier.ApplicantName,
                Origin = content.Origin,
                FileName = content.FileName,
                MediaType = content.MediaType,
                Content = content.Bytes,
                ContentHash = DocumentHash.Of(content.Bytes),
                UnitId = task.UnitId!,
                IssuedAt = session.Now,
                IssuedBy = session.Actor.Name,
                ValidFrom = issuedOn,
                ValidTo = ResultValidity.ValidTo(result, issuedOn),
                SigningAuthorisationId = content.SigningAuthorisationId,
            };
            session.Db.ElectronicResults.Add(record);
            session.Journal(new ResultIssuedDetail(id, result.Id, content.Origin, record.ContentHash, record.MediaType, record.ValidFrom, record.ValidTo), item: task);
        }, cancellationToken);
        return id;
    }

    /// <summary>
    /// Records the unit's detached signature over a stored result. The signature must verify against
    /// the stored bytes; a result is signed once and a revoked one is not signed.
    /// </summary>
    public Task<CommandResult> SignResultAsync(Guid dossierId, Guid documentId, byte[] signature, Actor actor, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, null, async session =>
        {
            var record = await ResultOfAsync(session, documentId, cancellationToken);
            var onBehalf = record.SigningAuthorisationId is { } authorisationId ? await SigningAuthorisations.FindAsync(session.Db, authorisationId, cancellationToken) : null;
            var task = onBehalf is null
                ? await ActAtReturnStepAsync(session, actor, "ký số kết quả", "sign results", cancellationToken)
                : SignOnBehalfAtReturnStep(session, record, onBehalf, actor);
            if (record.RevokedAt is not null)
            {
                throw Conflict("result-revoked", $"Kết quả \"{record.Name}\" đã bị thu hồi nên không ký được.", $"The result \"{record.Name}\" was revoked and cannot be signed.");
            }

            if (record.Signature is not null)
            {
                throw Conflict("result-signed", $"Kết quả \"{record.Name}\" đã được ký số.", $"The result \"{record.Name}\" is already signed.");
            }

            var verification = new SignatureVerifier().Verify(record.Content, signature);
            if (!verification.IsValid || verification.CertificateThumbprint is null)
            {
                throw Invalid("signature-invalid", "signature", "Chữ ký không khớp với tệp kết quả đã lưu: " + verification.Describe(), "The signature does not match the stored result.");
            }

            record.Signature = signature;
            record.SignerThumbprint = verification.CertificateThumbprint;
            record.SignedAt = session.Now;
            record.SignedBy = session.Actor.Name;
            session.Journal(new ResultSignedDetail(record.Id, verification.CertificateThumbprint, record.ContentHash), item: task);
            if (onBehalf is not null)
            {
                session.Journal(new SignedOnBehalfDetail(record.Id, onBehalf.Id, onBehalf.Kind, actor.Id, actor.Name, onBehalf.PrincipalId, onBehalf.PrincipalName,
                    SignatureBlock.Of(onBehalf).ToString(), onBehalf.DocumentNumber), item: task);
            }
        }, cancellationToken);

    /// <summary>
    /// The open return task, with the actor signing under the authorisation the result prints: its signer,
    /// at its unit, on a day it covers. The authorisation stands for the membership a signature otherwise needs.
    /// </summary>
    private static WorkItemRecord SignOnBehalfAtReturnStep(DossierSession session, ElectronicResultRecord record, SigningAuthorisationRecord authorisation, Actor actor)
    {
        var task = session.OpenItems.FirstOrDefault(i => i.Kind == WorkItemKind.Task && i.Phase == StepPhase.Return)
            ?? throw Conflict("no-result-step", $"Hồ sơ {session.Dossier.Code} chưa đến bước trả kết quả, hoặc đã trả xong.",
                $"The dossier {session.Dossier.Code} is not at its result step, or its result was already returned.");
        SigningAuthorisations.Require(authorisation, record.UnitId, session.Context.Today, actor.IsSystem ? null : actor.Id);
        session.ActAs(actor with { UnitId = record.UnitId, Role = null });
        return task;
    }

    /// <summary>
    /// Delivers the signed results the way the citizen chose: online (downloadable from the tracking
    /// page after the same proof tracking asks for) or at the desk; either way the return task is
    /// completed and the dossier returned. By post, the postal return (with its waybill) delivers them.
    /// </summary>
    public Task<CommandResult> DeliverResultsAsync(Guid dossierId, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            var channel = session.Dossier.ResultDelivery;
            if (channel == ResultDelivery.Post)
            {
                throw Conflict("deliver-by-post", "Công dân chọn nhận kết quả qua bưu chính: ghi số vận đơn và giờ bàn giao ở mục \"Trả qua bưu chính\".",
                    "The citizen chose delivery by post: give the waybill and handover time under \"Return by post\".");
            }

            var task = await ActAtReturnStepAsync(session, actor, "trả kết quả", "deliver results", cancellationToken);
            var delivered = await MarkDeliveredAsync(session, channel, task, cancellationToken);
            if (delivered.Count == 0)
            {
                throw Conflict("no-signed-result", "Chưa có kết quả nào được ký số để trả; lập hoặc đính kèm kết quả rồi ký số trước.",
                    "No signed result to deliver yet; issue or attach the result and sign it first.");
            }

            CompleteReturnTask(session, task, actor, channel == ResultDelivery.Online ? "Trả kết quả điện tử trực tuyến" : "Trả kết quả tại Bộ phận Một cửa");
            if (session.Dossier.State == DossierState.Returned)
            {
                session.Dossier.ReturnedAt = session.Now;
            }
        }, cancellationToken);

    /// <summary>
    /// A head or leader of the unit that issued a result revokes it, with a reason: the result stays
    /// stored and linked, and is shown as revoked (when and why) wherever it is read or downloaded.
    /// </summary>
    public Task<CommandResult> RevokeResultAsync(Guid dossierId, Guid documentId, string reason, Actor actor, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, null, async session =>
        {
            if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000)
            {
                throw Invalid("reason-required", "reason", "Ghi lý do thu hồi kết quả (tối đa 2.000 ký tự).", "Give the reason for revoking the result (at most 2,000 characters).");
            }

            var record = await ResultOfAsync(session, documentId, cancellationToken);
            session.ActAs(await Memberships.RequireAsync(session, actor, record.UnitId, Memberships.HeadRoles, "thu hồi kết quả", "revoke results", cancellationToken));
            if (record.RevokedAt is not null)
            {
                throw Conflict("result-revoked", $"Kết quả \"{record.Name}\" đã bị thu hồi trước đó.", $"The result \"{record.Name}\" was already revoked.");
            }

            record.RevokedAt = session.Now;
            record.RevokedBy = session.Actor.Name;
            record.RevocationReason = reason.Trim();
            session.Journal(new ResultRevokedDetail(record.Id, record.UnitId), reason: reason.Trim());
        }, cancellationToken);

    /// <summary>Signed, unrevoked results not yet delivered, marked delivered and journaled together; the ones marked.</summary>
    private static async Task<List<Guid>> MarkDeliveredAsync(DossierSession session, ResultDelivery channel, WorkItemRecord task, CancellationToken cancellationToken)
    {
        var pending = await session.Db.ElectronicResults
            .Where(r => r.DossierId == session.Dossier.Id && r.Signature != null && r.RevokedAt == null && r.DeliveredAt == null)
            .ToListAsync(cancellationToken);
        foreach (var record in pending)
        {
            record.DeliveredAt = session.Now;
            record.DeliveredBy = channel;
        }

        if (pending.Count > 0)
        {
            session.Journal(new ResultDeliveredDetail(pending.Select(r => r.Id).ToList(), channel), item: task);
        }

        return pending.Select(r => r.Id).ToList();
    }

    private static async Task<ElectronicResultRecord> ResultOfAsync(DossierSession session, Guid documentId, CancellationToken cancellationToken) =>
        await session.Db.ElectronicResults.SingleOrDefaultAsync(r => r.Id == documentId && r.DossierId == session.Dossier.Id, cancellationToken)
        ?? throw NotFound("result-not-found", "documentId", "Hồ sơ không có kết quả này.", "The dossier has no such result.");

    /// <summary>The open return task, with the actor acting in its unit: in the task's role, or as a head or leader there.</summary>
    private static async Task<WorkItemRecord> ActAtReturnStepAsync(DossierSession session, Actor actor, string whatVi, string whatEn, CancellationToken cancellationToken)
    {
        var task = session.OpenItems.FirstOrDefault(i => i.Kind == WorkItemKind.Task && i.Phase == StepPhase.Return)
            ?? throw Conflict("no-result-step", $"Hồ sơ {session.Dossier.Code} chưa đến bước trả kết quả, hoặc đã trả xong.",
                $"The dossier {session.Dossier.Code} is not at its result step, or its result was already returned.");
        session.ActAs(await Memberships.RequireAsync(session, actor, task.UnitId!, [task.Role!, .. Memberships.HeadRoles], whatVi, whatEn, cancellationToken));
        return task;
    }
}
