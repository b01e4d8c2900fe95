using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Queries.Scope;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Queries.Feedback;

public sealed class FeedbackQuery(WorkflowDbContextFactory database, TimeProvider time)
{
    /// <summary>Feedback assigned to the units the officer works for today, nearest deadline first.</summary>
    public async Task<IReadOnlyList<FeedbackView>> ForOfficerAsync(string officerId, bool openOnly, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var memberships = await OfficerMemberships.LoadAsync(db, officerId, VietnamTime.LocalDate(time.GetUtcNow()), cancellationToken);
        var units = memberships.Units.ToList();
        var rows = await db.Feedback.AsNoTracking()
            .Where(f => f.AssignedUnitId != null && units.Contains(f.AssignedUnitId) && (!openOnly || f.Status == FeedbackStatus.Open))
            .OrderBy(f => f.DueAt).Take(200).ToListAsync(cancellationToken);
        return rows.Select(View).ToList();
    }

    public async Task<IReadOnlyList<FeedbackView>> PublishedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var rows = await db.Feedback.AsNoTracking().Where(f => f.Published && f.Status == FeedbackStatus.Answered)
            .OrderByDescending(f => f.AnsweredAt).Take(100).ToListAsync(cancellationToken);
        return rows.Select(f => View(f) with { SubmitterName = "" }).ToList();
    }

    public async Task<FeedbackView?> TrackAsync(string code, string secret, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var row = await db.Feedback.AsNoTracking().SingleOrDefaultAsync(f => f.Code == code.Trim().ToUpperInvariant(), cancellationToken);
        return row is not null && TrackingSecrets.Matches(row.TrackingSecretHash, secret) ? View(row) : null;
    }

    private static FeedbackView View(FeedbackRecord f) => new(f.Id, f.Code, f.Kind, f.Subject, f.Content, f.SubmitterName, f.ProcedureId, f.AssignedUnitId, f.Status,
        Local(f.ReceivedAt), Local(f.DueAt), f.Answer, f.AnsweredAt is { } at ? Local(at) : null, f.AnsweredByName, f.Punctuality, f.Published);

    private static DateTimeOffset Local(DateTime utc) => VietnamTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
