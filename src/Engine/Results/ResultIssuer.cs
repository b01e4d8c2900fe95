using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Delegation;
using Workflow.Engine.Documents;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Documents.Uploads;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Errors;

namespace Workflow.Engine.Results;

/// <summary>
/// The officer's side of a result: generated from its template or attached as a file (checked by its
/// content, as citizens' uploads are), then signed with the unit's certificate. The engine stores and
/// journals each step and decides who may take it.
/// </summary>
public sealed class ResultIssuer(WorkflowEngine engine, WorkflowDbContextFactory database, WorkspaceAccessor workspace, DocumentSigner? signer = null, TimeProvider? time = null)
{
    /// <summary>The largest result file accepted, as for citizens' uploads.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>
    /// Lays the result out from its template (the procedure's own, or the plain layout) and stores it. Under a
    /// signing authorisation the block reads "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name" and only its signer may sign.
    /// </summary>
    public async Task<Guid> GenerateAsync(Guid dossierId, string resultId, Actor actor, Guid? signingAuthorisationId = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken)
            ?? throw new WorkflowException(WorkflowErrorKind.NotFound, "dossier-not-found",
                $"Không có hồ sơ {dossierId}.", $"There is no dossier {dossierId}.", "dossierId");
        var current = workspace.Current;
        var definition = current.Catalog.Find(dossier.ProcedureId, dossier.ProcedureVersion);
        var result = definition?.Results.FirstOrDefault(r => r.Id == resultId)
            ?? throw new WorkflowException(WorkflowErrorKind.NotFound, "result-not-defined",
                $"Thủ tục không có kết quả \"{resultId}\".", $"The procedure has no result \"{resultId}\".", "resultId");
        var today = VietnamTime.LocalDate((time ?? TimeProvider.System).GetUtcNow());
        var unit = current.Organisation?.UnitAt(dossier.ReceivingUnitId, today);
        var parent = unit?.ParentId is { } parentId ? current.Organisation!.UnitAt(parentId, today) : null;
        var block = signingAuthorisationId is { } authorisationId ? SignatureBlock.Of(await SigningAuthorisations.FindAsync(db, authorisationId, cancellationToken)) : null;
        var facts = new ResultFacts(dossier, result, definition, unit?.Name ?? dossier.ReceivingUnitId, parent?.Name, today, ResultValidity.ValidTo(result, today), block);
        var path = ResultTemplate.PathOf(current.Root, dossier.ProcedureId, result.Id);
        var template = path is not null && File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : ResultTemplate.Default;
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ResultTemplate.Render(template, facts));
        return await engine.IssueResultAsync(dossierId, result.Id, new ResultContent(bytes, DocumentMediaTypes.Html, $"{result.Id}-{dossier.Code}.html", ResultOrigin.Generated, signingAuthorisationId), actor, cancellationToken);
    }

    /// <summary>Stores a file the officer attached: a PDF or an image, recognised by its first bytes, at most <see cref="MaxBytes"/>.</summary>
    public Task<Guid> AttachAsync(Guid dossierId, string resultId, byte[] content, string? fileName, Actor actor, CancellationToken cancellationToken = default)
    {
        var name = UploadStore.CleanName(fileName);
        var mediaType = FileCheck.MediaTypeOf(content, name, MaxBytes);
        return engine.IssueResultAsync(dossierId, resultId, new ResultContent(content, mediaType, name, ResultOrigin.Attached), actor, cancellationToken);
    }

    /// <summary>Signs the stored bytes with the unit's certificate (a detached CMS signature) and records the signature.</summary>
    public async Task SignAsync(Guid dossierId, Guid documentId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (signer is null)
        {
            throw new WorkflowException(WorkflowErrorKind.Conflict, "signing-unavailable",
                "Máy chủ chưa được cấu hình chứng thư số để ký.", "No signing certificate is configured on this server.");
        }

        await using var db = database.Create();
        var content = await db.ElectronicResults.AsNoTracking().Where(r => r.Id == documentId && r.DossierId == dossierId).Select(r => r.Content).SingleOrDefaultAsync(cancellationToken)
            ?? throw new WorkflowException(WorkflowErrorKind.NotFound, "result-not-found",
                "Hồ sơ không có kết quả này.", "The dossier has no such result.", "documentId");
        await engine.SignResultAsync(dossierId, documentId, signer.Sign(content), actor, cancellationToken);
    }

}
