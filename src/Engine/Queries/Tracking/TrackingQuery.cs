using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Queries.Dossiers;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Queries.Tracking;

/// <summary>
/// A citizen follows a dossier with its code and the secret printed on the receipt, or the
/// phone number given at filing. A wrong secret and an unknown code give the same answer
/// (nothing), so the lookup never confirms that a code exists.
/// </summary>
public sealed class TrackingQuery(WorkflowDbContextFactory database)
{
    private const int MinimumPhoneDigits = 9;

    public async Task<TrackingResult?> FindAsync(string code, string? secret, string? phone, CultureInfo? culture, CancellationToken cancellationToken = default)
    {
        var normalisedCode = code.Trim().ToUpperInvariant();
        await using var db = database.Create();
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Code == normalisedCode, cancellationToken);
        if (dossier is null || !Proves(dossier, secret, phone))
        {
            return null;
        }

        return await ReadAsync(db, dossier, culture, cancellationToken);
    }

    /// <summary>
    /// The same view for a citizen whose verified identity carries the dossier's applicant ID number:
    /// no secret needed. A dossier of someone else and an unknown code give the same answer (nothing).
    /// </summary>
    public async Task<TrackingResult?> FindForApplicantAsync(string code, string idNumber, CultureInfo? culture, CancellationToken cancellationToken = default)
    {
        var normalisedCode = code.Trim().ToUpperInvariant();
        var normalisedId = ApplicantIdNumbers.Normalise(idNumber);
        await using var db = database.Create();
        var dossier = normalisedId is null ? null
            : await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Code == normalisedCode && d.ApplicantIdNumber == normalisedId, cancellationToken);
        return dossier is null ? null : await ReadAsync(db, dossier, culture, cancellationToken);
    }

    private static async Task<TrackingResult> ReadAsync(WorkflowDbContext db, DossierRecord dossier, CultureInfo? culture, CancellationToken cancellationToken)
    {
        var journal = await db.Journal.AsNoTracking().Where(j => j.DossierId == dossier.Id).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        var milestones = journal
            .Where(j => PublicMilestoneText.IsPublic(j.Command, j.FromStatus, j.ToStatus))
            .Select(j => new PublicMilestone(DossierDetailQuery.Local(j.At), j.Command, PublicMilestoneText.Title(j.Command, j.ToStatus, culture), j.ToStatus,
                PublicMilestoneText.StatusName(j.ToStatus, culture), PublicMilestoneText.CarriesNotice(j.Command) ? Notice(j) : null))
            .ToList();
        var linked = await db.DossierLinks.AsNoTracking().Where(l => l.ParentDossierId == dossier.Id)
            .Join(db.Dossiers.AsNoTracking(), l => l.ChildDossierId, d => d.Id, (l, d) => new { l.FiledAt, d.Code, d.ProcedureName, d.StatusCode, d.DueAt, d.ReturnedAt })
            .OrderBy(x => x.FiledAt).ThenBy(x => x.Code).ToListAsync(cancellationToken);
        var wait = await db.WorkItems.AsNoTracking()
            .Where(i => i.DossierId == dossier.Id && i.Status == WorkItemStatus.Open && i.CitizenDueAt != null)
            .Select(i => new { i.CitizenDueAt, i.OnExpiry }).FirstOrDefaultAsync(cancellationToken);
        var citizenDue = DossierDetailQuery.Local(wait?.CitizenDueAt);
        return new TrackingResult(dossier.Code, dossier.ProcedureName, dossier.StatusCode, PublicMilestoneText.StatusName(dossier.StatusCode, culture),
            DossierDetailQuery.Local(dossier.SubmittedAt), DossierDetailQuery.Local(dossier.AppointmentAt), DossierDetailQuery.Local(dossier.ReturnedAt), milestones,
            [.. linked.Select(x => new TrackedLinkedDossier(x.Code, x.ProcedureName, x.StatusCode, PublicMilestoneText.StatusName(x.StatusCode, culture),
                DossierDetailQuery.Local(x.DueAt), DossierDetailQuery.Local(x.ReturnedAt)))],
            citizenDue, citizenDue is { } due ? CitizenDeadlineText.Of(due, wait!.OnExpiry, culture) : null);
    }

    /// <summary>
    /// The dossier the citizen proves they hold, for what they may do with it (rate, pay). Only the
    /// secret counts here: a phone number can be known to others, so it may track but not act.
    /// </summary>
    public async Task<(Guid Id, string ApplicantName)?> ProveHolderAsync(string code, string secret, CancellationToken cancellationToken = default)
    {
        var normalisedCode = code.Trim().ToUpperInvariant();
        await using var db = database.Create();
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Code == normalisedCode)
            .Select(d => new { d.Id, d.ApplicantName, d.TrackingSecretHash }).SingleOrDefaultAsync(cancellationToken);
        return dossier is not null && TrackingSecrets.Matches(dossier.TrackingSecretHash, secret) ? (dossier.Id, dossier.ApplicantName) : null;
    }

    private static bool Proves(DossierRecord dossier, string? secret, string? phone)
    {
        if (!string.IsNullOrWhiteSpace(secret))
        {
            return TrackingSecrets.Matches(dossier.TrackingSecretHash, secret);
        }

        var given = Digits(phone);
        var known = Digits(dossier.ApplicantPhone);
        return given.Length >= MinimumPhoneDigits && known.Length >= MinimumPhoneDigits && Normalise(given) == Normalise(known);
    }

    private static string Digits(string? text) => new((text ?? "").Where(char.IsAsciiDigit).ToArray());

    // 0912345678 and +84 912 345 678 are the same number.
    private static string Normalise(string digits) => digits.StartsWith("84", StringComparison.Ordinal) && digits.Length > 10 ? "0" + digits[2..] : digits;

    private static string? Notice(JournalEntryRecord entry)
    {
        if (!string.IsNullOrWhiteSpace(entry.Reason))
        {
            return entry.Reason;
        }

        // The desk's list of what to complete is kept in the entry's detail.
        if (entry.Command == JournalKinds.AskToComplete && entry.DetailAs<AskToCompleteDetail>() is { } detail)
        {
            return string.Join("; ", detail.Missing.Where(m => !string.IsNullOrWhiteSpace(m)));
        }

        return null;
    }
}
