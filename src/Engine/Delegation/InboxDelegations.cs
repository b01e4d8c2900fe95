using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.Execution;

namespace Workflow.Engine.Delegation;

/// <summary>
/// An officer (or a head of their unit) entrusts the officer's inbox at a unit to a colleague of the
/// same unit for a period. Whether a delegation applies is decided by date on every request, so it
/// starts and stops by itself, with no job to run.
/// </summary>
public sealed class InboxDelegations(WorkflowDbContextFactory database, TimeProvider time)
{
    /// <summary>The longest period one delegation may cover, so a forgotten one does not last for years.</summary>
    public const int MaxDays = 366;

    public async Task<InboxDelegationRecord> CreateAsync(string unitId, string delegatorId, string delegateId, DateOnly firstDay, DateOnly lastDay, Actor actor, CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.LocalDate(time.GetUtcNow());
        if (firstDay < today)
        {
            throw Invalid("period-started", "firstDay", $"Ngày bắt đầu {Day(firstDay)} đã qua; chọn từ hôm nay ({Day(today)}) trở đi.", $"The first day {Day(firstDay)} has passed; choose today ({Day(today)}) or later.");
        }

        if (lastDay < firstDay)
        {
            throw Invalid("period-reversed", "lastDay", "Ngày kết thúc phải từ ngày bắt đầu trở đi.", "The last day must be on or after the first day.");
        }

        if (lastDay.DayNumber - firstDay.DayNumber >= MaxDays)
        {
            throw Invalid("period-too-long", "lastDay", $"Mỗi lần ủy quyền xử lý hộp công việc tối đa {MaxDays} ngày.", $"One inbox delegation covers at most {MaxDays} days.");
        }

        await using var db = database.Create();
        if (actor.Id != delegatorId)
        {
            await Memberships.RequireAsync(db, actor, unitId, Memberships.HeadRoles, today, "ủy quyền hộp công việc của cán bộ khác", "delegate another officer's inbox", cancellationToken);
        }

        var delegator = await db.Officers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == delegatorId, cancellationToken)
            ?? throw Invalid("officer-not-found", "officerId", $"Không có cán bộ \"{delegatorId}\".", $"There is no officer \"{delegatorId}\".");
        if (!await IsMemberAsync(db, delegatorId, unitId, today, cancellationToken))
        {
            throw Invalid("officer-of-another-unit", "officerId", $"{delegator.DisplayName} không phải cán bộ của {unitId}.", $"{delegator.DisplayName} is not an officer of {unitId}.");
        }

        if (delegateId == delegatorId)
        {
            throw Invalid("same-officer", "toOfficerId", "Chọn một đồng nghiệp khác với người ủy quyền.", "Choose a colleague other than the officer who delegates.");
        }

        var colleague = await db.Officers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == delegateId && o.Active, cancellationToken)
            ?? throw Invalid("officer-not-found", "toOfficerId", $"Không có cán bộ \"{delegateId}\" đang hoạt động.", $"There is no active officer \"{delegateId}\".");
        if (!await IsMemberAsync(db, delegateId, unitId, firstDay, cancellationToken))
        {
            throw Invalid("officer-of-another-unit", "toOfficerId", $"{colleague.DisplayName} không phải cán bộ của {unitId} vào ngày {Day(firstDay)}; chỉ ủy quyền cho đồng nghiệp cùng đơn vị.",
                $"{colleague.DisplayName} is not an officer of {unitId} on {Day(firstDay)}; delegate only to a colleague of the same unit.");
        }

        if (await db.InboxDelegations.AsNoTracking().AnyAsync(d => d.DelegatorId == delegatorId && d.UnitId == unitId && d.RevokedAt == null
                                                                 && d.FirstDay <= lastDay && d.LastDay >= firstDay, cancellationToken))
        {
            throw Invalid("period-overlaps", "firstDay", $"{delegator.DisplayName} đã ủy quyền hộp công việc tại {unitId} trong một phần thời gian này; hủy ủy quyền đó trước.",
                $"{delegator.DisplayName} already delegated their inbox at {unitId} for part of this period; cancel that delegation first.");
        }

        var record = new InboxDelegationRecord
        {
            Id = Guid.CreateVersion7(),
            UnitId = unitId,
            DelegatorId = delegator.Id,
            DelegatorName = delegator.DisplayName,
            DelegateId = colleague.Id,
            DelegateName = colleague.DisplayName,
            FirstDay = firstDay,
            LastDay = lastDay,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedById = actor.Id,
            CreatedByName = actor.Name,
        };
        db.InboxDelegations.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>The delegations the officer gave or received that have not ended, soonest first.</summary>
    public async Task<IReadOnlyList<InboxDelegationRecord>> OfOfficerAsync(string officerId, CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.LocalDate(time.GetUtcNow());
        await using var db = database.Create();
        return await db.InboxDelegations.AsNoTracking()
            .Where(d => (d.DelegatorId == officerId || d.DelegateId == officerId) && d.RevokedAt == null && d.LastDay >= today)
            .OrderBy(d => d.FirstDay).ThenBy(d => d.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The delegator, the colleague or a head of the unit ends a delegation now.</summary>
    public async Task CancelAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var record = await db.InboxDelegations.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new WorkflowException(WorkflowErrorKind.NotFound, "delegation-not-found", "Không có ủy quyền hộp công việc này.", "There is no such inbox delegation.", "delegationId");
        if (actor.Id != record.DelegatorId && actor.Id != record.DelegateId)
        {
            await Memberships.RequireAsync(db, actor, record.UnitId, Memberships.HeadRoles, VietnamTime.LocalDate(time.GetUtcNow()), "hủy ủy quyền hộp công việc", "cancel an inbox delegation", cancellationToken);
        }

        if (record.RevokedAt is null)
        {
            record.RevokedAt = time.GetUtcNow().UtcDateTime;
            record.RevokedByName = actor.Name;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The delegations in force today whose colleague is <paramref name="delegateId"/>.</summary>
    public static Task<List<InboxDelegationRecord>> InForceForAsync(WorkflowDbContext db, string delegateId, DateOnly today, CancellationToken cancellationToken) =>
        db.InboxDelegations.AsNoTracking()
            .Where(d => d.DelegateId == delegateId && d.RevokedAt == null && d.FirstDay <= today && d.LastDay >= today)
            .ToListAsync(cancellationToken);

    private static Task<bool> IsMemberAsync(WorkflowDbContext db, string officerId, string unitId, DateOnly day, CancellationToken cancellationToken) =>
        db.Memberships.AsNoTracking().AnyAsync(m => m.OfficerId == officerId && m.UnitId == unitId && m.ValidFrom <= day && (m.ValidTo == null || m.ValidTo > day), cancellationToken);

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static WorkflowException Invalid(string code, string field, string vietnamese, string english) =>
        new(WorkflowErrorKind.Invalid, code, vietnamese, english, field);
}
