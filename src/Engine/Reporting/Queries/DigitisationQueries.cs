using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Digitisation;
using Workflow.Engine.Journal;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Reporting.Queries;

/// <summary>
/// Counts the digitisation figures. The dossiers accepted in the period are read with their list of
/// papers (one small JSON column) and their electronic components (by the dossier index); the
/// finished ones are counted in the database.
/// </summary>
public static class DigitisationQueries
{
    public static async Task<DigitisationFigures> CountAsync(WorkflowDbContext db, ReportPeriod period, IReadOnlyCollection<string>? scope, CancellationToken cancellationToken)
    {
        var start = period.StartUtc;
        var end = period.EndUtc;
        var dossiers = db.Dossiers.AsNoTracking();
        if (scope is not null)
        {
            dossiers = dossiers.Where(d => scope.Contains(d.ReceivingUnitId));
        }

        // "Not finished before the start" lets the FinishedAt index narrow the scan, as for the other accepted-in-period counts.
        var accepted = dossiers.Where(d => (d.FinishedAt == null || d.FinishedAt >= start) && d.AcceptedAt >= start && d.AcceptedAt < end);
        var papers = await accepted.Select(d => new { d.Id, d.DocumentsJson }).ToListAsync(cancellationToken);
        var electronic = (await db.DigitisedComponents.AsNoTracking()
                .Join(accepted, c => c.DossierId, d => d.Id, (c, d) => new { c.DossierId, c.DocumentId, c.Source })
                .Distinct().ToListAsync(cancellationToken))
            .ToLookup(c => c.DossierId);
        var reused = (await db.Journal.AsNoTracking().Where(j => j.Command == JournalKinds.ComponentReusedFromStore)
                .Join(accepted, j => j.DossierId, d => d.Id, (j, d) => j.DossierId)
                .GroupBy(id => id).Select(g => new { DossierId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(r => r.DossierId, r => r.Count);

        int withPaper = 0, digitised = 0, components = 0, reusedComponents = 0;
        foreach (var dossier in papers)
        {
            var files = electronic[dossier.Id].ToList();
            var filedElectronically = files.Where(f => f.Source == DigitisationSource.ElectronicAtSubmission).Select(f => f.DocumentId).ToHashSet(StringComparer.Ordinal);
            var scanned = files.Where(f => f.Source == DigitisationSource.Scanned).Select(f => f.DocumentId).ToHashSet(StringComparer.Ordinal);
            var listed = (JsonSerializer.Deserialize<List<ReceivedDocument>>(dossier.DocumentsJson, JournalDetailJson.Options) ?? [])
                .Where(d => d.Originals + d.CertifiedCopies + d.Photocopies > 0).Select(d => d.DocumentId).ToHashSet(StringComparer.Ordinal);
            var paper = listed.Except(filedElectronically).ToList();
            if (paper.Count > 0)
            {
                withPaper++;
                digitised += paper.All(scanned.Contains) ? 1 : 0;
            }

            var count = listed.Union(filedElectronically).Count();
            components += count;
            // A reused component is one of the dossier's components: never more reused than there are.
            reusedComponents += Math.Min(reused.GetValueOrDefault(dossier.Id), count);
        }

        var finished = dossiers.Where(d => d.FinishedAt >= start && d.FinishedAt < end && d.AcceptedAt != null
                                            && d.State != DossierState.Withdrawn && d.State != DossierState.Stopped);
        var finishedCount = await finished.CountAsync(cancellationToken);
        var withResult = await finished.CountAsync(d => db.ElectronicResults.Any(r => r.DossierId == d.Id && r.Signature != null), cancellationToken);
        return new DigitisationFigures(withPaper, digitised, finishedCount, withResult, components, reusedComponents);
    }
}
