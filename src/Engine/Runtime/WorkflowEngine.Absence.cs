using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// A head of the unit moves every open task of the unit held by an absent officer to a colleague
    /// of the unit, or back to the unit's inbox when <paramref name="colleagueId"/> is null. A task
    /// whose role the colleague does not hold goes to the inbox, where its role-holders can claim it.
    /// Each dossier changes in its own transaction, one journal line per task naming both officers,
    /// so a dossier another command is changing at that moment is retried like any command, and
    /// one that still fails is reported without undoing the others.
    /// </summary>
    public async Task<AbsenceReassignment> ReassignAbsentAsync(string unitId, string absentId, string? colleagueId, Actor actor, CancellationToken cancellationToken = default)
    {
        OfficerRecord absent;
        OfficerRecord? colleague = null;
        List<Guid> dossiers;
        await using (var db = _db.Create())
        {
            var today = Calendars.VietnamTime.LocalDate(_time.GetUtcNow());
            await Memberships.RequireAsync(db, actor, unitId, Memberships.HeadRoles, today, "giao lại công việc của cán bộ vắng mặt", "reassign an absent officer's tasks", cancellationToken);
            absent = await db.Officers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == absentId, cancellationToken)
                ?? throw Invalid("officer-not-found", "officerId", $"Không có cán bộ \"{absentId}\".", $"There is no officer \"{absentId}\".");
            if (!await db.Memberships.AsNoTracking().AnyAsync(m => m.OfficerId == absentId && m.UnitId == unitId, cancellationToken))
            {
                throw Invalid("officer-of-another-unit", "officerId", $"{absent.DisplayName} không phải cán bộ của {unitId}.", $"{absent.DisplayName} is not an officer of {unitId}.");
            }

            if (colleagueId is not null)
            {
                if (colleagueId == absentId)
                {
                    throw Invalid("same-officer", "toOfficerId", "Chọn một đồng nghiệp khác với cán bộ vắng mặt, hoặc để trống để trả công việc về đơn vị.",
                        "Choose a colleague other than the absent officer, or leave it empty to return the tasks to the unit's inbox.");
                }

                colleague = await db.Officers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == colleagueId && o.Active, cancellationToken)
                    ?? throw Invalid("officer-not-found", "toOfficerId", $"Không có cán bộ \"{colleagueId}\" đang hoạt động.", $"There is no active officer \"{colleagueId}\".");
                if (!await db.Memberships.AsNoTracking().AnyAsync(m => m.OfficerId == colleagueId && m.UnitId == unitId
                                                                       && m.ValidFrom <= today && (m.ValidTo == null || m.ValidTo > today), cancellationToken))
                {
                    throw Invalid("officer-of-another-unit", "toOfficerId", $"{colleague.DisplayName} không phải cán bộ của {unitId}.", $"{colleague.DisplayName} is not an officer of {unitId}.");
                }
            }

            dossiers = await db.WorkItems.AsNoTracking().Where(i => i.UnitId == unitId && i.AssigneeId == absentId && i.Status == WorkItemStatus.Open)
                .Select(i => i.DossierId).Distinct().ToListAsync(cancellationToken);
        }

        int toColleague = 0, toInbox = 0;
        var failed = new List<Guid>();
        foreach (var dossierId in dossiers)
        {
            try
            {
                var (c, i) = await ReassignAbsentInDossierAsync(dossierId, unitId, absent, colleague, actor, cancellationToken);
                toColleague += c;
                toInbox += i;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed.Add(dossierId);
                _logger.AbsenceDossierFailed(ex, unitId, dossierId);
            }
        }

        return new AbsenceReassignment(toColleague, toInbox, failed);
    }

    private async Task<(int ToColleague, int ToInbox)> ReassignAbsentInDossierAsync(Guid dossierId, string unitId, OfficerRecord absent, OfficerRecord? colleague, Actor actor, CancellationToken cancellationToken)
    {
        int toColleague = 0, toInbox = 0;
        await ExecuteAsync(dossierId, actor, null, async session =>
        {
            toColleague = toInbox = 0;
            session.ActAs(await Memberships.RequireAsync(session, actor, unitId, Memberships.HeadRoles, "giao lại công việc của cán bộ vắng mặt", "reassign an absent officer's tasks", cancellationToken));
            foreach (var item in session.OpenItems.Where(i => i.UnitId == unitId && i.AssigneeId == absent.Id).ToList())
            {
                var to = colleague is not null && item.Role is { } role
                         && await Memberships.HoldsAsync(session.Db, colleague.Id, unitId, [role], session.Context.Today, cancellationToken)
                    ? colleague
                    : null;
                item.AssigneeId = to?.Id;
                item.AssigneeName = to?.DisplayName;
                item.ClaimedAt = to is null ? null : session.Now;
                session.Journal(new AbsenceReassignDetail(absent.Id, absent.DisplayName, to?.Id, to?.DisplayName), item: item);
                if (to is not null)
                {
                    toColleague++;
                    OutboxMessages.ToOfficer(session, "task-assigned", to.Id, $"Được giao: {item.StepName}",
                        $"{actor.Name} đã giao cho Ông/Bà công việc \"{item.StepName}\" của hồ sơ {session.Dossier.Code} thay {absent.DisplayName} vắng mặt. Hạn: {OutboxMessages.Local(item.DueAt)}.");
                }
                else
                {
                    toInbox++;
                }
            }
        }, cancellationToken, nameof(ReassignAbsentAsync));
        return (toColleague, toInbox);
    }
}
