using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Queries.Tracking;

namespace Workflow.Engine.Queries.Dossiers;

/// <summary>Reads a dossier's liên thông group both ways: its parent and its children, each with its own status (the parent's roll-up).</summary>
public sealed class LinkedDossierQuery(WorkflowDbContextFactory database)
{
    /// <summary>The dossier's parent and children; null when there is no such dossier.</summary>
    public async Task<LinkedDossiers?> FindAsync(Guid dossierId, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        if (!await db.Dossiers.AsNoTracking().AnyAsync(d => d.Id == dossierId, cancellationToken))
        {
            return null;
        }

        var links = await db.DossierLinks.AsNoTracking()
            .Where(l => l.ParentDossierId == dossierId || l.ChildDossierId == dossierId)
            .Join(db.Dossiers.AsNoTracking(), l => l.ParentDossierId == dossierId ? l.ChildDossierId : l.ParentDossierId, d => d.Id, (l, d) => new { Link = l, Other = d })
            .ToListAsync(cancellationToken);
        var parent = links.FirstOrDefault(x => x.Link.ChildDossierId == dossierId);
        var children = links.Where(x => x.Link.ParentDossierId == dossierId).OrderBy(x => x.Link.FiledAt).ThenBy(x => x.Other.Code, StringComparer.Ordinal);
        return new LinkedDossiers(dossierId, parent is null ? null : Line(parent.Link, parent.Other, culture), [.. children.Select(x => Line(x.Link, x.Other, culture))]);
    }

    private static LinkedDossierLine Line(DossierLinkRecord link, DossierRecord other, CultureInfo? culture) =>
        new(other.Id, other.Code, other.ProcedureId, other.ProcedureName, other.ReceivingUnitId, other.StatusCode, PublicMilestoneText.StatusName(other.StatusCode, culture),
            link.StepId, link.Await, DossierDetailQuery.Local(link.FiledAt), DossierDetailQuery.Local(link.EndedAt), DossierDetailQuery.Local(other.DueAt), DossierDetailQuery.Local(other.AppointmentAt));
}
