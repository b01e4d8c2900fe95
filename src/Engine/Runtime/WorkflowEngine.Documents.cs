using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Stores an issued document with the dossier and writes its content hash into the dossier's
    /// journal in the same transaction, so the document can later be proven unchanged.
    /// Officers of the receiving unit or of any unit that worked on the dossier may issue.
    /// </summary>
    public Task<CommandResult> RecordIssuedDocumentAsync(IssuedDocumentRecord document, Actor actor, CancellationToken cancellationToken = default) =>
        ExecuteAsync(document.DossierId, actor, null, async session =>
        {
            if (!actor.IsSystem)
            {
                var units = session.Items.Where(i => i.UnitId is not null && i.Kind != WorkItemKind.Wait).Select(i => i.UnitId!)
                    .Prepend(session.Dossier.ReceivingUnitId).Distinct().ToList();
                Actor? acting = null;
                foreach (var unit in units)
                {
                    var roles = session.Context.Organisation.UnitAt(unit, session.ReceiptDate) is { } record
                        ? session.Context.Organisation.FindKind(record.KindId)?.RoleIds ?? []
                        : [];
                    foreach (var role in roles)
                    {
                        if (await Memberships.HoldsAsync(session.Db, actor.Id, unit, [role], session.Context.Today, cancellationToken))
                        {
                            acting = actor with { UnitId = unit, Role = role };
                            break;
                        }
                    }

                    if (acting is not null)
                    {
                        break;
                    }
                }

                session.ActAs(acting ?? throw Forbidden("not-involved",
                    "Chỉ cán bộ của đơn vị tiếp nhận hoặc đơn vị đã xử lý hồ sơ mới được lập giấy tờ cho hồ sơ.",
                    "Only officers of the receiving unit or of a unit that worked on the dossier may issue its documents."));
            }

            document.IssuedAt = session.Now;
            document.IssuedBy = session.Actor.Name;
            session.Db.IssuedDocuments.Add(document);
            session.Journal(new DocumentIssuedDetail(document.Id, document.Purpose, document.SetId, document.ContentHash, document.TemplateHash,
                document.MediaType, Signed: document.Signature is not null));
        }, cancellationToken);
}
