using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Journal;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Reporting.Portal;

/// <summary>
/// Builds the payload the national public service portal is sent for a dossier, and the progress
/// updates after the last one sent, from the dossier row and its journal. The field names are ours
/// (one record per message); mapping them to the portal's published field names is a serialisation
/// concern kept out of the engine.
/// </summary>
public sealed class PortalPayloadBuilder(WorkflowDbContextFactory database, ProceduresWorkspace workspace)
{
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public async Task<PortalDossier?> ForCodeAsync(string dossierCode, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Code == dossierCode, cancellationToken);
        return dossier is null ? null : await BuildAsync(db, dossier, 0, cancellationToken);
    }

    public async Task<PortalDossier?> ForDossierAsync(Guid dossierId, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        return dossier is null ? null : await BuildAsync(db, dossier, 0, cancellationToken);
    }

    /// <summary>The progress updates after journal sequence <paramref name="afterSequence"/> (the last one the portal has).</summary>
    public async Task<IReadOnlyList<PortalStatusUpdate>> UpdatesAfterAsync(Guid dossierId, int afterSequence, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossierId, cancellationToken);
        return (await BuildAsync(db, dossier, afterSequence, cancellationToken)).History;
    }

    public static string ToJson(PortalDossier dossier) => JsonSerializer.Serialize(dossier, JsonOptions);

    private async Task<PortalDossier> BuildAsync(WorkflowDbContext db, DossierRecord dossier, int afterSequence, CancellationToken cancellationToken)
    {
        var journal = await db.Journal.AsNoTracking().Where(j => j.DossierId == dossier.Id).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        var definition = workspace.Catalog.Find(dossier.ProcedureId, dossier.ProcedureVersion);
        var receiptDate = VietnamTime.LocalDate(new DateTimeOffset(dossier.AcceptedAt ?? dossier.SubmittedAt, TimeSpan.Zero));
        var agency = workspace.Organisation?.UnitAt(dossier.ReceivingUnitId, receiptDate);
        return new PortalDossier(
            dossier.Code,
            definition?.Code,
            dossier.ProcedureName,
            definition?.Field ?? "",
            agency?.Code ?? dossier.ReceivingUnitId,
            agency?.Name ?? dossier.ReceivingUnitId,
            (int)dossier.Channel,
            new PortalApplicant(dossier.ApplicantName, dossier.ApplicantIdNumber, dossier.ApplicantPhone, dossier.ApplicantEmail, dossier.ApplicantAddress),
            PortalDate.Format(dossier.SubmittedAt),
            PortalDate.Format(dossier.AcceptedAt),
            PortalDate.Format(dossier.AppointmentAt),
            PortalDate.Format(dossier.FinishedAt),
            PortalDate.Format(dossier.ReturnedAt),
            dossier.StatusCode,
            DossierStatusRules.PortalValue(dossier.StatusCode),
            DossierStatusRules.VietnameseName(dossier.StatusCode),
            dossier.FinishPunctuality switch
            {
                Punctuality.Early => "early",
                Punctuality.OnTime => "on-time",
                Punctuality.Late => "late",
                _ => null,
            },
            History(journal, afterSequence));
    }

    /// <summary>
    /// One update per command (its entries share one instant) that changed the status or handed the
    /// dossier over, in journal order; only those after <paramref name="afterSequence"/>.
    /// </summary>
    private List<PortalStatusUpdate> History(List<JournalEntryRecord> journal, int afterSequence)
    {
        var updates = new List<PortalStatusUpdate>();
        int? previous = null;
        foreach (var command in journal.GroupAdjacentBy(e => e.At))
        {
            var last = command[^1];
            var handoff = command.LastOrDefault(e => e.Command == JournalKinds.Handoff);
            var from = previous;
            if (previous == last.ToStatus && handoff is null)
            {
                continue;
            }

            previous = last.ToStatus;
            if (last.Sequence <= afterSequence)
            {
                continue;
            }

            var first = command[0];
            var date = VietnamTime.LocalDate(new DateTimeOffset(first.At, TimeSpan.Zero));
            updates.Add(new PortalStatusUpdate(
                last.Sequence,
                PortalDate.Format(first.At),
                last.ToStatus,
                DossierStatusRules.PortalValue(last.ToStatus),
                DossierStatusRules.VietnameseName(last.ToStatus),
                from,
                command.Select(e => e.Command).Distinct().ToList(),
                first.ActorName,
                AgencyCode(first.ActorUnitId, date),
                AgencyCode(handoff?.HandoffFromUnitId, date),
                AgencyCode(handoff?.HandoffToUnitId, date),
                command.Select(e => e.Reason).FirstOrDefault(r => r is not null)));
        }

        return updates;
    }

    private string? AgencyCode(string? unitId, DateOnly date) =>
        unitId is null ? null : workspace.Organisation?.UnitAt(unitId, date)?.Code ?? unitId;
}
