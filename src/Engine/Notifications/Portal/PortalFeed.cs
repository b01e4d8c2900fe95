using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Engine.Journal;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Reporting.Portal;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Notifications.Portal;

/// <summary>
/// Writes the national portal's messages into the outbox from the journal: for each dossier, one
/// message per status change (<see cref="PortalPayloadBuilder"/>'s progress updates), per rating and
/// per payment entry after the last sequence already in the outbox. The outbox then delivers them
/// (lease, retries, in order per dossier). <see cref="FeedAsync"/> looks only at dossiers with journal
/// entries since its last pass (including entries committed late, below ids it had already passed); <see cref="ReconcileAsync"/> compares every dossier with what the
/// outbox holds and writes what is missing. Writing is idempotent: a message's id comes from its key.
/// </summary>
public sealed class PortalFeed(WorkflowDbContextFactory database, WorkspaceAccessor workspace, TimeProvider time, ILogger<PortalFeed>? logger = null, TimeSpan? lateCommitWindow = null)
{
    private static readonly string[] EventCommands = [JournalKinds.Rate, JournalKinds.PaymentReceived, JournalKinds.PaymentConfirmed, JournalKinds.PaymentFailed];

    private readonly ILogger _logger = logger ?? NullLogger<PortalFeed>.Instance;

    // Journal row ids are handed out at insert, but on PostgreSQL and SQL Server a transaction can commit
    // after a later one: its rows then appear below the highest id a pass has already seen. Each pass
    // therefore reads again the ids above the mark of the newest pass made at least the window ago and
    // takes those it has not seen. Only a command uncommitted for longer than the window (database
    // commands time out after 120 s by default) could be missed; reconciliation would find it.
    private readonly TimeSpan _window = lateCommitWindow ?? TimeSpan.FromMinutes(5);
    private readonly Queue<(DateTimeOffset At, long Mark)> _marks = new();
    private readonly HashSet<long> _seen = [];

    // Every journal row at or below it has been looked at for good; null until a first pass succeeds.
    private long? _settled;
    private long _highest;

    /// <summary>Writes the messages of dossiers with journal entries since the last pass; returns how many were written.</summary>
    public async Task<int> FeedAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var dossiers = new List<Guid>();
        List<(long Id, Guid DossierId)> rows;
        long settled;
        await using (var db = database.Create())
        {
            if (_settled is { } known)
            {
                settled = known;
            }
            else
            {
                // The first pass looks at every dossier once; only the rows of the last window are kept as seen.
                dossiers.AddRange(await db.Journal.AsNoTracking().Select(j => j.DossierId).Distinct().ToListAsync(cancellationToken));
                var cutoff = now.UtcDateTime - _window;
                settled = await db.Journal.AsNoTracking().Where(j => j.At < cutoff).MaxAsync(j => (long?)j.Id, cancellationToken) ?? 0;
            }

            while (_marks.TryPeek(out var mark) && mark.At <= now - _window)
            {
                settled = Math.Max(settled, _marks.Dequeue().Mark);
            }

            rows = (await db.Journal.AsNoTracking().Where(j => j.Id > settled).Select(j => new { j.Id, j.DossierId }).ToListAsync(cancellationToken))
                .Select(r => (r.Id, r.DossierId)).ToList();
        }

        var fresh = rows.Where(r => !_seen.Contains(r.Id)).ToList();
        dossiers.AddRange(fresh.Select(r => r.DossierId));
        var written = 0;
        foreach (var dossierId in dossiers.Distinct())
        {
            written += await EnqueueAsync(dossierId, cancellationToken);
        }

        // Only a pass that wrote everything moves on; a failed one is looked at again whole.
        _settled = settled;
        _seen.RemoveWhere(id => id <= settled);
        _seen.UnionWith(fresh.Select(r => r.Id));
        _highest = Math.Max(Math.Max(_highest, settled), rows.Count == 0 ? 0 : rows.Max(r => r.Id));
        _marks.Enqueue((now, _highest));
        return written;
    }

    /// <summary>
    /// Compares every dossier's journal with the portal messages in the outbox and writes the missing
    /// ones (after a restore, a lost pass, or a portal that asks for everything again); returns how many.
    /// </summary>
    public async Task<PortalReconciliation> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> dossiers;
        await using (var db = database.Create())
        {
            dossiers = await db.Dossiers.AsNoTracking().OrderBy(d => d.SubmittedAt).Select(d => d.Id).ToListAsync(cancellationToken);
        }

        var behind = 0;
        var written = 0;
        foreach (var dossierId in dossiers)
        {
            var count = await EnqueueAsync(dossierId, cancellationToken);
            behind += count > 0 ? 1 : 0;
            written += count;
        }

        return new PortalReconciliation(dossiers.Count, behind, written);
    }

    /// <summary>Writes one dossier's messages after the last sequence the outbox holds for it.</summary>
    public async Task<int> EnqueueAsync(Guid dossierId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var last = (await db.Outbox.AsNoTracking().Where(m => m.DossierId == dossierId && m.RecipientKind == RecipientKind.Portal)
            .Select(m => m.RecipientId).ToListAsync(cancellationToken))
            .Select(s => PortalMessages.Sequence(new OutboxMessageRecord { RecipientId = s })).DefaultIfEmpty(0).Max();
        var events = await db.Journal.AsNoTracking().Where(j => j.DossierId == dossierId && j.Sequence > last && EventCommands.Contains(j.Command))
            .Select(j => new { j.Sequence, j.Command }).ToListAsync(cancellationToken);
        var dossier = await new PortalPayloadBuilder(database, workspace.Current).ForDossierAsync(dossierId, cancellationToken);
        if (dossier is null)
        {
            return 0;
        }

        var messages = new SortedDictionary<int, (string Kind, PortalStatusUpdate? Update)>();
        foreach (var entry in events)
        {
            messages[entry.Sequence] = (entry.Command == JournalKinds.Rate ? PortalMessages.Rating : PortalMessages.Payment, null);
        }

        foreach (var update in dossier.History.Where(u => u.Sequence > last))
        {
            messages[update.Sequence] = (PortalMessages.Status, update);
        }

        if (messages.Count == 0)
        {
            return 0;
        }

        var rating = await db.Ratings.AsNoTracking().Where(r => r.DossierId == dossierId).OrderByDescending(r => r.RatedAt).FirstOrDefaultAsync(cancellationToken);
        var payments = await db.Payments.AsNoTracking().Where(p => p.DossierId == dossierId).OrderBy(p => p.RecordedAt).ToListAsync(cancellationToken);
        var ratingPart = rating is null ? null : new PortalEnvelope.RatingPart(Words(rating.Level.ToString()), rating.Reason, PortalDate.Format(rating.RatedAt)!);
        var paymentParts = payments.Select(p => new PortalEnvelope.PaymentPart(p.Reference, p.Description, p.Amount, Words(p.Method.ToString()), Words(p.Status.ToString()),
            PortalDate.Format(p.RecordedAt)!, PortalDate.Format(p.ConfirmedAt))).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (sequence, (kind, update)) in messages)
        {
            var key = PortalMessages.Key(dossier.DossierCode, sequence);
            var envelope = new PortalEnvelope(key, kind, dossier.DossierCode, sequence, update, dossier, ratingPart, paymentParts);
            db.Outbox.Add(new OutboxMessageRecord
            {
                Id = PortalMessages.IdOf(key),
                DossierId = dossierId,
                Topic = PortalMessages.TopicPrefix + kind,
                RecipientKind = RecipientKind.Portal,
                RecipientId = PortalMessages.SequenceText(sequence),
                Subject = key,
                Body = JsonSerializer.Serialize(envelope, PortalPayloadBuilder.JsonOptions),
                Status = OutboxStatus.Pending,
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (!DatabaseErrors.IsUnavailable(ex))
        {
            // Another node wrote the same messages first (same ids): they are in the outbox, once.
            _logger.LogInformation("Portal messages of dossier {DossierId} were already written by another node", dossierId);
            return 0;
        }

        return messages.Count;
    }

    private static string Words(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
