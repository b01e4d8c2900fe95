using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Queries.Officers;

/// <summary>Reads officers and their memberships for administrators and for choosing an assignee.</summary>
public sealed class OfficerDirectory(WorkflowDbContextFactory database, TimeProvider time)
{
    public async Task<IReadOnlyList<OfficerSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var officers = await db.Officers.AsNoTracking().OrderBy(o => o.UserName).ToListAsync(cancellationToken);
        var memberships = (await db.Memberships.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(m => m.OfficerId);
        var today = VietnamTime.LocalDate(time.GetUtcNow());
        return officers.Select(o => ToSummary(o, memberships[o.Id], today)).ToList();
    }

    public async Task<OfficerSummary?> FindAsync(string officerId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var officer = await db.Officers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == officerId, cancellationToken);
        if (officer is null)
        {
            return null;
        }

        var memberships = await db.Memberships.AsNoTracking().Where(m => m.OfficerId == officerId).ToListAsync(cancellationToken);
        return ToSummary(officer, memberships, VietnamTime.LocalDate(time.GetUtcNow()));
    }

    /// <summary>The active officers who hold a role at a unit today: the people a task there can be given to.</summary>
    public async Task<IReadOnlyList<OfficerSummary>> HoldersAsync(string unitId, string role, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var today = VietnamTime.LocalDate(time.GetUtcNow());
        var ids = await db.Memberships.AsNoTracking()
            .Where(m => m.UnitId == unitId && m.Role == role && m.ValidFrom <= today && (m.ValidTo == null || m.ValidTo > today))
            .Select(m => m.OfficerId).Distinct().ToListAsync(cancellationToken);
        var officers = await db.Officers.AsNoTracking().Where(o => ids.Contains(o.Id) && o.Active).OrderBy(o => o.DisplayName).ToListAsync(cancellationToken);
        return officers.Select(o => new OfficerSummary(o.Id, o.UserName, o.DisplayName, o.Email, o.Phone, o.Active, [])).ToList();
    }

    private static OfficerSummary ToSummary(OfficerRecord o, IEnumerable<MembershipRecord> memberships, DateOnly today) =>
        new(o.Id, o.UserName, o.DisplayName, o.Email, o.Phone, o.Active, memberships
            .OrderBy(m => m.UnitId).ThenBy(m => m.Role).ThenBy(m => m.ValidFrom)
            .Select(m => new MembershipView(m.Id, m.OfficerId, m.UnitId, m.Role, m.ValidFrom, m.ValidTo, m.ValidFrom <= today && (m.ValidTo == null || m.ValidTo > today)))
            .ToList());
}
