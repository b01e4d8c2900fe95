using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Reporting.Queries;

/// <summary>
/// Average processing time needs calendar arithmetic per dossier, so it is the one figure computed
/// in memory, and only over the dossiers finished in the period (FinishedAt index): their accept and
/// finish instants, and the pauses of their statutory clock from the deadline ledger.
/// </summary>
internal static class FinishedDossierTimes
{
    public static async Task AddAsync(WorkflowDbContext db, DeadlineCalculator calculator, ReportPeriod period, IReadOnlyCollection<string>? unitIds, FigureTable table, CancellationToken cancellationToken)
    {
        var start = period.StartUtc;
        var end = period.EndUtc;
        var finished = db.Dossiers.AsNoTracking()
            .Where(d => d.FinishedAt >= start && d.FinishedAt < end && d.AcceptedAt != null
                        && d.State != DossierState.Withdrawn && d.State != DossierState.Stopped);
        if (unitIds is not null)
        {
            finished = finished.Where(d => unitIds.Contains(d.ReceivingUnitId));
        }

        // In a fixed order: the total is a sum of 28-digit decimals, whose last digit depends on the order of
        // addition, and the API and the dashboard must give the same figure (PostgreSQL returns rows in any order).
        var dossiers = await finished.OrderBy(d => d.FinishedAt).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.ReceivingUnitId, d.ProcedureId, d.ProcedureVersion, d.Channel, AcceptedAt = d.AcceptedAt!.Value, FinishedAt = d.FinishedAt!.Value })
            .ToListAsync(cancellationToken);
        string[] clockKinds = [DeadlinePaused.KindName, DeadlineResumed.KindName, DeadlineRestarted.KindName];
        var events = await db.DeadlineEvents.AsNoTracking()
            .Where(e => e.WorkItemId == null && clockKinds.Contains(e.Kind))
            .Join(finished, e => e.DossierId, d => d.Id, (e, d) => new { e.DossierId, e.Sequence, e.Kind, e.At })
            .ToListAsync(cancellationToken);
        var byDossier = events.GroupBy(e => e.DossierId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Sequence).Select(e => (e.Kind, e.At)).ToList());

        var clocks = new Dictionary<string, WorkingClock>(StringComparer.Ordinal);
        foreach (var d in dossiers)
        {
            if (!clocks.TryGetValue(d.ReceivingUnitId, out var clock))
            {
                clock = calculator.ClockFor(d.ReceivingUnitId);
                clocks[d.ReceivingUnitId] = clock;
            }

            var days = ProcessingTime.WorkingDays(clock, d.AcceptedAt, d.FinishedAt, byDossier.GetValueOrDefault(d.Id) ?? []);
            var figures = table.For(new DossierGroupKey(d.ReceivingUnitId, d.ProcedureId, d.ProcedureVersion, d.Channel));
            figures.ProcessingWorkingDaysTotal += days;
            figures.ProcessingTimeCount++;
        }
    }
}
