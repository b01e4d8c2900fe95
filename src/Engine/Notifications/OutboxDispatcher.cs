using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Engine.Calendars;
using Workflow.Engine.Notifications.Portal;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Notifications;

/// <summary>
/// Delivers the outbox: messages commands wrote in their transactions. Each message is leased by
/// one node at a time, sent by email and/or SMS to its recipients (a citizen, an officer, or every
/// officer holding a role at a unit), and marked sent; a failure of the receiver is retried later
/// with growing delays and, after the last attempt, marked failed. An unavailable database is not
/// the message's fault: what this node could not record (sent, or not sent after all) is recorded
/// as soon as the database answers, while the lease is still this node's. Delivery is at least
/// once: a message whose sending was not recorded before its lease ran out is sent again, with the
/// same Message-ID (email) or Idempotency-Key (SMS) so a receiver can drop the copy. Delivery never
/// blocks a command.
/// </summary>
public sealed class OutboxDispatcher(WorkflowDbContextFactory factory, TimeProvider time, IEmailSender? email, ISmsSender? sms, OutboxOptions? options = null,
    ILogger<OutboxDispatcher>? logger = null, IPortalSender? portal = null)
{
    private readonly OutboxOptions _options = options ?? new OutboxOptions();
    private readonly ILogger _logger = logger ?? NullLogger<OutboxDispatcher>.Instance;

    public long Sent { get; private set; }

    public long Failures { get; private set; }

    // Messages this node leased whose outcome the database did not take: recorded at the next pass.
    private readonly ConcurrentDictionary<Guid, Unrecorded> _unrecorded = new();

    /// <summary>Delivers every message due now, batch after batch; returns how many were sent.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken = default)
    {
        await RecordHeldOutcomesAsync(cancellationToken);
        var delivered = 0;
        while (true)
        {
            var now = time.GetUtcNow().UtcDateTime;
            List<Guid> candidates;
            await using (var db = factory.Create())
            {
                candidates = await InOrder(db, Deliverable(db.Outbox.AsNoTracking())
                    .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now))
                    .OrderBy(m => m.NextAttemptAt)
                    .Select(m => m.Id)
                    .Take(_options.BatchSize)
                    .ToListAsync(cancellationToken);
            }

            var portalSent = false;
            foreach (var id in candidates)
            {
                if (await TryLeaseAsync(id, now, cancellationToken) is not { } leaseUntil)
                {
                    _logger.LeaseTaken(id);
                    continue;
                }

                if (await DeliverAsync(id, leaseUntil, cancellationToken))
                {
                    delivered++;
                    portalSent |= _portalIds.TryRemove(id, out _);
                }
            }

            // A full batch means more may be due (a backlog after an outage or a burst): go on at once
            // rather than wait a poll per batch. Leased and failed messages are no longer due, so this ends.
            // A portal message sent may have let its dossier's next one through: that one goes now too.
            _portalIds.Clear();
            if (candidates.Count < _options.BatchSize && !portalSent)
            {
                return delivered;
            }
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await DispatchOnceAsync(cancellationToken);
                await Task.Delay(_options.PollInterval, time, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The database may be briefly unreachable: try again at the next poll, and say so.
                _logger.PassFailed(ex, _options.PollInterval);
                await Task.Delay(_options.PollInterval, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Messages this node has a channel for: the rest stay pending, untried, until a mail server, SMS gateway or the portal is configured.</summary>
    private IQueryable<OutboxMessageRecord> Deliverable(IQueryable<OutboxMessageRecord> outbox)
    {
        if (portal is null)
        {
            outbox = outbox.Where(m => m.RecipientKind != RecipientKind.Portal);
        }
        else if (email is null && sms is null)
        {
            return outbox.Where(m => m.RecipientKind == RecipientKind.Portal);
        }

        if (sms is null)
        {
            outbox = outbox.Where(m => m.RecipientKind != RecipientKind.Citizen || (m.Email != null && m.Email != ""));
        }

        if (email is null)
        {
            outbox = outbox.Where(m => m.RecipientKind == RecipientKind.Portal || (m.RecipientKind == RecipientKind.Citizen && m.Phone != null && m.Phone != ""));
        }

        return outbox;
    }

    /// <summary>
    /// A portal message waits while an earlier one of its dossier (a lower sequence) is not sent:
    /// pending, leased by a node, or failed until an administrator resends it.
    /// </summary>
    private static IQueryable<OutboxMessageRecord> InOrder(WorkflowDbContext db, IQueryable<OutboxMessageRecord> outbox) =>
        outbox.Where(m => m.RecipientKind != RecipientKind.Portal || !db.Outbox.Any(o => o.RecipientKind == RecipientKind.Portal && o.DossierId == m.DossierId
            && o.Status != OutboxStatus.Sent && string.Compare(o.RecipientId, m.RecipientId) < 0));

    // Portal messages of the current batch, to tell whether one was sent.
    private readonly ConcurrentDictionary<Guid, bool> _portalIds = new();

    // A conditional update: of several nodes trying the same message, exactly one moves it forward.
    // Returns the end of the lease taken, which also tells this lease from a later one.
    private async Task<DateTime?> TryLeaseAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var leaseUntil = now.Add(_options.Lease);
        var leased = await db.Outbox
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, leaseUntil).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        return leased == 1 ? leaseUntil : null;
    }

    private async Task<bool> DeliverAsync(Guid id, DateTime leaseUntil, CancellationToken cancellationToken)
    {
        var sent = false;
        try
        {
            await using var db = factory.Create();
            var message = await db.Outbox.SingleAsync(m => m.Id == id, cancellationToken);
            try
            {
                await SendAsync(db, message, cancellationToken);
                sent = true;
                message.Status = OutboxStatus.Sent;
                message.SentAt = time.GetUtcNow().UtcDateTime;
                message.Body = TrackingSecretLine.Redact(message.Body);
                message.LastError = null;
                await db.SaveChangesAsync(cancellationToken);
                Sent++;
                return true;
            }
            // A receiver that refuses or times out is the message's failure; the node stopping or the database failing is not.
            catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested) && !DatabaseErrors.IsUnavailable(ex))
            {
                Failures++;
                message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                if (message.Attempts >= _options.MaxAttempts)
                {
                    message.Status = OutboxStatus.Failed;
                    _logger.DeliveryAbandoned(message.Id, message.Topic, message.DossierId, message.Attempts, ex.GetType().Name);
                }
                else
                {
                    message.NextAttemptAt = time.GetUtcNow().UtcDateTime.Add(_options.RetryDelayAfter(message.Attempts));
                    _logger.DeliveryFailed(message.Id, message.Topic, message.DossierId, message.Attempts, _options.MaxAttempts, ex.GetType().Name, message.NextAttemptAt);
                }

                await db.SaveChangesAsync(cancellationToken);
                return false;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The node is stopping mid-delivery: give the message back so another node sends it now
            // rather than after the lease (if it did reach the server, it is sent twice: at least once,
            // never lost), or record it sent if it was.
            using var timeout = new CancellationTokenSource(RecordOnStopTimeout);
            try
            {
                await RecordAsync(id, new Unrecorded(leaseUntil, sent), timeout.Token);
            }
            catch (Exception ex)
            {
                _logger.NotGivenBack(ex, id, _options.Lease);
            }

            throw;
        }
        catch (Exception ex) when (DatabaseErrors.IsUnavailable(ex))
        {
            // The database, not the receiver, failed: charge no attempt, and record what happened once it answers.
            _unrecorded[id] = new Unrecorded(leaseUntil, sent);
            _logger.OutcomeNotRecorded(id, sent, leaseUntil);
            throw;
        }
    }

    private async Task SendAsync(WorkflowDbContext db, OutboxMessageRecord message, CancellationToken cancellationToken)
    {
        if (message.RecipientKind == RecipientKind.Portal)
        {
            if (portal is null)
            {
                throw new InvalidOperationException("Chưa cấu hình cổng dịch vụ công quốc gia. / The national portal is not configured.");
            }

            _portalIds[message.Id] = true;
            await portal.SendAsync(message.Subject, message.Body, cancellationToken);
            return;
        }

        var (emails, phones) = await RecipientsAsync(db, message, cancellationToken);
        if (emails.Count == 0 && phones.Count == 0)
        {
            throw new InvalidOperationException(message.RecipientKind == RecipientKind.Unit
                ? $"Không cán bộ nào giữ vai trò {message.RecipientId} có địa chỉ liên lạc. / No officer holding {message.RecipientId} has an address."
                : "Người nhận không có thư điện tử hay số điện thoại. / The recipient has no email or phone.");
        }

        var sentSomething = false;
        if (emails.Count > 0 && email is not null)
        {
            await email.SendAsync(new EmailMessage(emails, message.Subject, message.Body, message.Id), cancellationToken);
            sentSomething = true;
        }

        if (phones.Count > 0 && sms is not null)
        {
            foreach (var phone in phones)
            {
                await sms.SendAsync(new SmsMessage(phone, $"{message.Subject}. {Shorten(message.Body)}", message.Id), cancellationToken);
            }

            sentSomething = true;
        }

        if (!sentSomething)
        {
            throw new InvalidOperationException("Chưa cấu hình máy chủ thư hay cổng SMS. / Neither a mail server nor an SMS gateway is configured.");
        }
    }

    /// <summary>How long a stopping node tries to record a message's outcome; after that its lease simply runs out.</summary>
    private static readonly TimeSpan RecordOnStopTimeout = TimeSpan.FromSeconds(5);

    /// <summary>A leased message whose outcome is not recorded yet: whether it reached the receiver, and the lease it was sent under.</summary>
    private sealed record Unrecorded(DateTime LeaseUntil, bool Sent);

    /// <summary>Records what the database could not take earlier; throws, keeping the rest, while it still cannot.</summary>
    private async Task RecordHeldOutcomesAsync(CancellationToken cancellationToken)
    {
        foreach (var (id, outcome) in _unrecorded)
        {
            await RecordAsync(id, outcome, cancellationToken);
            _unrecorded.TryRemove(new KeyValuePair<Guid, Unrecorded>(id, outcome));
        }
    }

    /// <summary>
    /// Marks a message sent, or gives it back for another attempt now, under the lease ending at
    /// <see cref="Unrecorded.LeaseUntil"/> and only that one: if it ran out and another node leased the
    /// message meanwhile, that node's lease stands (erasing it would let a third node send the message
    /// again while the second is sending it).
    /// </summary>
    private async Task RecordAsync(Guid id, Unrecorded outcome, CancellationToken cancellationToken)
    {
        await using var db = factory.Create();
        var now = time.GetUtcNow().UtcDateTime;
        var ours = db.Outbox.Where(m => m.Id == id && m.Status == OutboxStatus.Pending && m.NextAttemptAt == outcome.LeaseUntil);
        int recorded;
        if (outcome.Sent)
        {
            var body = await ours.Select(m => m.Body).FirstOrDefaultAsync(cancellationToken);
            recorded = body is null ? 0 : await ours.ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.Body, TrackingSecretLine.Redact(body))
                .SetProperty(m => m.LastError, (string?)null), cancellationToken);
        }
        else
        {
            recorded = await ours.ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.Attempts, m => m.Attempts - 1), cancellationToken);
        }

        if (recorded == 1 && outcome.Sent)
        {
            _logger.RecordedSent(id);
        }
        else if (recorded == 1)
        {
            _logger.GivenBack(id);
        }
        else
        {
            _logger.LeaseAlreadyTaken(id);
        }
    }

    private async Task<(List<string> Emails, List<string> Phones)> RecipientsAsync(WorkflowDbContext db, OutboxMessageRecord message, CancellationToken cancellationToken)
    {
        switch (message.RecipientKind)
        {
            case RecipientKind.Citizen:
                return (Present(message.Email), Present(message.Phone));
            case RecipientKind.Officer:
                var officer = await db.Officers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == message.RecipientId && o.Active, cancellationToken);
                return (Present(officer?.Email), []);
            default:
                var parts = (message.RecipientId ?? "").Split('/');
                var today = VietnamTime.LocalDate(time.GetUtcNow());
                var unit = parts[0];
                var role = parts.Length > 1 ? parts[1] : "";
                var addresses = await (
                        from m in db.Memberships.AsNoTracking()
                        join o in db.Officers.AsNoTracking() on m.OfficerId equals o.Id
                        where m.UnitId == unit && m.Role == role && o.Active && o.Email != null
                              && m.ValidFrom <= today && (m.ValidTo == null || m.ValidTo > today)
                        select o.Email!)
                    .Distinct().ToListAsync(cancellationToken);
                return (addresses, []);
        }
    }

    private static List<string> Present(string? value) => string.IsNullOrWhiteSpace(value) ? [] : [value.Trim()];

    private static string Shorten(string body)
    {
        var line = body.Replace('\n', ' ');
        return line.Length <= 300 ? line : line[..297] + "...";
    }
}
