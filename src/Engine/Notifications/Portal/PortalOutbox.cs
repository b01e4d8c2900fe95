using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Queries.Paging;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Notifications.Portal;

/// <summary>
/// What administrators see of the portal connector: its messages by status (pending, failed with the
/// receiver's answer, sent), resending one, and the procedures that have no national code to send.
/// </summary>
public sealed class PortalOutbox(WorkflowDbContextFactory database, TimeProvider time)
{
    public async Task<Page<PortalMessageLine>> ListAsync(OutboxStatus? status, PageRequest? page = null, CancellationToken cancellationToken = default)
    {
        var paging = (page ?? new PageRequest()).Normalised();
        await using var db = database.Create();
        var messages = db.Outbox.AsNoTracking().Where(m => m.RecipientKind == RecipientKind.Portal);
        if (status is { } wanted)
        {
            messages = messages.Where(m => m.Status == wanted);
        }

        var total = await messages.CountAsync(cancellationToken);
        var rows = await messages.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Subject)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new Page<PortalMessageLine>(rows.Select(m => new PortalMessageLine(m.Id, m.DossierId, m.Subject, m.Topic[PortalMessages.TopicPrefix.Length..],
            PortalMessages.Sequence(m), m.Status, m.Attempts, Local(m.CreatedAt), m.Status == OutboxStatus.Pending ? Local(m.NextAttemptAt) : null,
            m.SentAt is { } sent ? Local(sent) : null, m.LastError)).ToList(), paging.Page, paging.PageSize, total);
    }

    /// <summary>Puts a message back to be sent now, attempts counted afresh; false when there is no such portal message.</summary>
    public async Task<bool> ResendAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var now = time.GetUtcNow().UtcDateTime;
        // A message leased right now (pending, lease not run out) is left to its node.
        return await db.Outbox.Where(m => m.Id == id && m.RecipientKind == RecipientKind.Portal && (m.Status != OutboxStatus.Pending || m.NextAttemptAt <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.NextAttemptAt, now)
                .SetProperty(m => m.Attempts, 0).SetProperty(m => m.SentAt, (DateTime?)null), cancellationToken) == 1
            || await db.Outbox.AnyAsync(m => m.Id == id && m.RecipientKind == RecipientKind.Portal, cancellationToken);
    }

    /// <summary>Every procedure version that has no national procedure code: its dossiers reach the portal with <c>procedureCode</c> null.</summary>
    public static IReadOnlyList<(string ProcedureId, int Version, string Name)> WithoutNationalCode(ProceduresWorkspace workspace) =>
        workspace.Catalog.All.Where(d => string.IsNullOrWhiteSpace(d.Code)).OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Version)
            .Select(d => (d.Id, d.Version, d.Name)).ToList();

    private static DateTimeOffset Local(DateTime utc) => VietnamTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
