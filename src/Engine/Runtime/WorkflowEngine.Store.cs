using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Localization;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Store;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Gives one of the dossier's papers by reference to a document of the applicant's electronic data
    /// store instead of a new paper or upload (Decree 45/2020: what the administration already holds in
    /// valid electronic form is not asked for again). Only while the desk has not decided on intake,
    /// only for a paper whose definition lists the document's type under <c>fromStore</c>, only a
    /// document of the applicant themself, and only one that is valid now: signed, intact, not revoked,
    /// not expired. The desk does it for the citizen; a citizen does it for their own online dossier.
    /// </summary>
    public Task<CommandResult> ReuseFromStoreAsync(Guid dossierId, string documentId, string source, Guid entryId, Actor actor, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, expectedVersion, async session =>
        {
            if (actor.Kind == ActorKind.Citizen && session.Dossier.Channel != Channel.Online)
            {
                throw Forbidden("citizen-channel", "Công dân chỉ tự thêm giấy tờ vào hồ sơ nộp trực tuyến; hồ sơ nộp tại quầy do Bộ phận một cửa thêm.",
                    "Citizens add papers themselves only to dossiers filed online; the desk adds them to the others.");
            }

            if (actor.Kind == ActorKind.Officer)
            {
                await ActAtDeskAsync(session, "dùng giấy tờ từ kho dữ liệu điện tử", "reuse stored documents", cancellationToken);
            }

            if (session.Dossier.State is not (DossierState.Submitted or DossierState.AwaitingCompletion))
            {
                throw Conflict("store-reuse-closed", "Chỉ dùng giấy tờ từ kho dữ liệu khi hồ sơ đang chờ tiếp nhận; hồ sơ này đã qua bước tiếp nhận.",
                    "Stored documents are used only while the dossier awaits intake; this dossier is past intake.");
            }

            var document = session.Definition.Documents.FirstOrDefault(d => d.Id == documentId)
                ?? throw NotFound("document-not-defined", "documentId", $"Thủ tục không có giấy tờ \"{documentId}\".", $"The procedure has no document \"{documentId}\".");
            if (document.FromStore.Count == 0)
            {
                throw Invalid("document-not-from-store", "documentId", $"Giấy tờ \"{document.Name}\" không lấy được từ kho dữ liệu điện tử; hãy nộp giấy tờ hoặc tệp.",
                    $"\"{document.Name}\" cannot come from the data store; hand in the paper or a file.");
            }

            var store = StoreSources.Named(source);
            var entry = store is null ? null : await store.FindAsync(session.Db, entryId, session.Context.Today, Text.Vietnamese, cancellationToken);
            if (entry is null || entry.HolderId != session.Dossier.ApplicantIdNumber)
            {
                // Another holder's document is answered like a missing one: the answer must not tell it exists.
                throw NotFound("store-entry-not-found", "entryId", "Kho dữ liệu của người nộp hồ sơ không có giấy tờ này; chọn giấy tờ trong danh sách của kho.",
                    "The applicant's data store has no such document; choose one from the store's list.");
            }

            if (!document.FromStore.Contains(entry.Type))
            {
                throw Invalid("store-type-not-accepted", "entryId", $"\"{entry.Name}\" không thay được \"{document.Name}\"; thủ tục chỉ nhận từ kho: {string.Join(", ", document.FromStore)}.",
                    $"\"{entry.Name}\" cannot stand in for \"{document.Name}\"; the procedure accepts from the store: {string.Join(", ", document.FromStore)}.");
            }

            if (!entry.Reusable)
            {
                var english = await store!.FindAsync(session.Db, entryId, session.Context.Today, Text.English, cancellationToken);
                throw Conflict("store-entry-" + entry.Standing.ToString().ToLowerInvariant(), $"Không dùng lại được \"{entry.Name}\" (hồ sơ {entry.SourceDossierCode}): {entry.Sentence}",
                    $"\"{entry.Name}\" (dossier {entry.SourceDossierCode}) cannot be reused: {english?.Sentence}");
            }

            var earlier = await session.Db.Journal.AsNoTracking()
                .Where(j => j.DossierId == dossierId && j.Command == JournalKinds.ComponentReusedFromStore).Select(j => j.DetailJson).ToListAsync(cancellationToken);
            if (earlier.Select(JournalDetailReader.Read<ComponentReusedFromStoreDetail>).Any(d => d?.Document == documentId))
            {
                throw Conflict("already-reused", $"\"{document.Name}\" đã được lấy từ kho dữ liệu cho hồ sơ này.", $"\"{document.Name}\" was already taken from the data store for this dossier.");
            }

            session.Journal(new ComponentReusedFromStoreDetail(document.Id, store!.Name, entry.Id, entry.Type, entry.SourceDossierId, entry.SourceDossierCode, entry.ContentHash));
        }, cancellationToken);

    /// <summary>Records in the dossier's journal that its holder's store was read, how the reader proved they may, and what they were shown.</summary>
    public Task<CommandResult> RecordStoreViewAsync(Guid dossierId, StoreAccessVia via, IReadOnlyList<Guid> entries, Actor actor, CancellationToken cancellationToken = default) =>
        ExecuteAsync(dossierId, actor, null, session =>
        {
            session.Journal(new StoreViewedDetail(via, entries));
            return Task.CompletedTask;
        }, cancellationToken);
}
