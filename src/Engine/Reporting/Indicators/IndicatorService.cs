using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Reporting.Queries;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Reporting.Indicators;

/// <summary>
/// Computes the evaluation indicators the data supports for a period: the Circular 01/2018 indices of
/// each dossier finished in it (per-dossier facts are loaded for those dossiers only), and the
/// Decision 766 groups from database aggregates.
/// </summary>
public sealed class IndicatorService
{
    private readonly WorkflowDbContextFactory _database;
    private readonly ProceduresWorkspace _workspace;
    private readonly TimeProvider _time;

    public IndicatorService(WorkflowDbContextFactory database, ProceduresWorkspace workspace, TimeProvider? time = null)
    {
        _database = database;
        _workspace = workspace;
        _time = time ?? TimeProvider.System;
    }

    public async Task<IndicatorReport> IndicatorsAsync(ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = _time.GetUtcNow();
        request = request.AsOf(now);
        var units = new UnitHierarchy(_workspace.Organisation, request.Period);
        var scope = ReportService.Scope(request, units);
        await using var db = _database.Create();
        var facts = await LoadFactsAsync(db, request.Period, scope, cancellationToken);
        var evaluations = facts.Select(f => DossierEvaluator.Evaluate(f, now.UtcDateTime, id => units.NameOf(id, request.Culture), request.Culture)).ToList();
        var summaries = EvaluationIndicators.Circular01.Select(definition => Summarise(definition, evaluations)).ToList();

        var table = new FigureTable();
        await DossierCountQueries.CountStatesAsync(db, request.Period, scope, table, cancellationToken);
        await DossierCountQueries.CountRatingsAsync(db, request.Period, scope, table, cancellationToken);
        var figures = DossierFigures.Sum(table.Rows.Values);
        var (fullOnline, ofFullOnlineProcedures) = await FullOnlineAsync(db, request.Period, scope, cancellationToken);
        var (gateway, payments) = await PaymentsAsync(db, request.Period, scope, cancellationToken);
        var digitisation = await DigitisationQueries.CountAsync(db, request.Period, scope, cancellationToken);
        GroupScore[] groups =
        [
            Group(EvaluationIndicators.Progress, 20, new GroupRatio("earlyOrOnTime/finished", figures.FinishedEarly + figures.FinishedOnTime, figures.Finished)),
            Group(EvaluationIndicators.OnlineGroup, 22,
                new GroupRatio("fullOnline/ofFullOnlineProcedures", fullOnline, ofFullOnlineProcedures),
                new GroupRatio("gatewayPayments/confirmedPayments", gateway, payments)),
            Group(EvaluationIndicators.SatisfactionGroup, 18, new GroupRatio("satisfiedOrBetter/ratings", figures.VerySatisfied + figures.Satisfied, figures.Ratings)),
            Group(EvaluationIndicators.DigitisationGroup, 22,
                new GroupRatio("digitisedAtReceipt/acceptedWithPaper", digitisation.DigitisedAtReceipt, digitisation.AcceptedWithPaper),
                new GroupRatio("withElectronicResult/finished", digitisation.FinishedWithElectronicResult, digitisation.Finished),
                new GroupRatio("reusedFromStore/components", digitisation.ReusedFromStore, digitisation.Components)),
        ];
        return new IndicatorReport(request, now, summaries, evaluations, groups, EvaluationIndicators.Unsupported);
    }

    /// <summary>The group's maximum shared equally between its ratios; no points when a ratio has no denominator.</summary>
    private static GroupScore Group(IndicatorDefinition definition, int maxPoints, params GroupRatio[] ratios)
    {
        decimal? points = ratios.All(r => r.Value is not null)
            ? ratios.Sum(r => r.Value!.Value * maxPoints / ratios.Length)
            : null;
        return new GroupScore(definition, maxPoints, points, ratios);
    }

    private static IndexSummary Summarise(IndicatorDefinition definition, List<DossierEvaluation> evaluations)
    {
        var points = evaluations.Select(e => e.Score(definition.Id).Points).OfType<int>().ToList();
        return new IndexSummary(definition, points.Count, points.Count == 0 ? null : (decimal)points.Sum() / points.Count,
            points.Count(p => p == 0), points.Count(p => p == 1), points.Count(p => p == 2));
    }

    private static IQueryable<DossierRecord> FinishedIn(WorkflowDbContext db, ReportPeriod period, IReadOnlyCollection<string>? scope)
    {
        var start = period.StartUtc;
        var end = period.EndUtc;
        var finished = db.Dossiers.AsNoTracking().Where(d => d.FinishedAt >= start && d.FinishedAt < end && d.AcceptedAt != null
                                                           && d.State != DossierState.Withdrawn && d.State != DossierState.Stopped);
        return scope is null ? finished : finished.Where(d => scope.Contains(d.ReceivingUnitId));
    }

    private async Task<List<DossierFacts>> LoadFactsAsync(WorkflowDbContext db, ReportPeriod period, IReadOnlyCollection<string>? scope, CancellationToken cancellationToken)
    {
        var finished = FinishedIn(db, period, scope);
        var dossiers = await finished.Select(d => new { d.Id, d.Code, d.ReceivingUnitId, d.ProcedureId, d.ProcedureVersion, d.Channel, d.ResultDelivery, d.FinishPunctuality, d.ReturnedAt })
            .ToListAsync(cancellationToken);
        var steps = (await db.WorkItems.AsNoTracking().Where(w => w.Kind == WorkItemKind.Task && w.Status == WorkItemStatus.Completed)
                .Join(finished, w => w.DossierId, d => d.Id, (w, d) => new { w.DossierId, w.UnitId, w.Phase, w.Punctuality, w.CompletedAt })
                .ToListAsync(cancellationToken))
            .GroupBy(s => s.DossierId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.CompletedAt).Select(s => (s.UnitId, s.Phase, s.Punctuality)).ToList());
        string[] commands = [.. DossierEvaluator.CameBack, .. DossierEvaluator.CitizenContacts];
        var events = (await db.Journal.AsNoTracking().Where(j => commands.Contains(j.Command))
                .Join(finished, j => j.DossierId, d => d.Id, (j, d) => new { j.DossierId, j.Sequence, j.Command, j.ActorUnitId, j.ActorId, j.DetailJson })
                .ToListAsync(cancellationToken))
            .GroupBy(e => e.DossierId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Sequence).Select(e => (e.Command, e.ActorUnitId, e.ActorId == "system", e.DetailJson)).ToList());
        var paidOutside = (await db.Payments.AsNoTracking().Where(p => p.Status == PaymentStatus.Confirmed && p.Method != PaymentMethod.Gateway)
                .Join(finished, p => p.DossierId, d => d.Id, (p, d) => p.DossierId).Distinct().ToListAsync(cancellationToken))
            .ToHashSet();
        var feedback = (await db.Feedback.AsNoTracking().Where(f => f.DossierId != null)
                .Join(finished, f => f.DossierId, d => d.Id, (f, d) => new { f.DossierId, f.Status, f.Punctuality, f.DueAt })
                .ToListAsync(cancellationToken))
            .GroupBy(f => f.DossierId!.Value).ToDictionary(g => g.Key, g => g.Select(f => (f.Status == FeedbackStatus.Answered, f.Punctuality, f.DueAt)).ToList());

        return dossiers.OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => new DossierFacts(
            d.Id, d.Code, d.ReceivingUnitId, d.Channel,
            _workspace.Catalog.Find(d.ProcedureId, d.ProcedureVersion)?.OnlineMode ?? OnlineMode.None,
            d.ResultDelivery, d.FinishPunctuality, d.ReturnedAt is not null,
            steps.GetValueOrDefault(d.Id) ?? [],
            events.GetValueOrDefault(d.Id) ?? [],
            paidOutside.Contains(d.Id),
            feedback.GetValueOrDefault(d.Id) ?? [])).ToList();
    }

    /// <summary>
    /// Dossiers accepted in the period: of full-online procedures, and of those the ones filed and
    /// served fully online. "Not finished before the start" lets the FinishedAt index narrow the scan.
    /// </summary>
    private async Task<(int FullOnline, int OfFullOnlineProcedures)> FullOnlineAsync(WorkflowDbContext db, ReportPeriod period, IReadOnlyCollection<string>? scope, CancellationToken cancellationToken)
    {
        var start = period.StartUtc;
        var end = period.EndUtc;
        var accepted = db.Dossiers.AsNoTracking().Where(d => (d.FinishedAt == null || d.FinishedAt >= start) && d.AcceptedAt >= start && d.AcceptedAt < end);
        if (scope is not null)
        {
            accepted = accepted.Where(d => scope.Contains(d.ReceivingUnitId));
        }

        var all = await accepted.GroupBy(d => new { d.ProcedureId, d.ProcedureVersion })
            .Select(g => new { g.Key.ProcedureId, g.Key.ProcedureVersion, Count = g.Count() }).ToListAsync(cancellationToken);
        var offlinePayments = db.Payments.Where(p => p.Status == PaymentStatus.Confirmed && p.Method != PaymentMethod.Gateway);
        var full = await accepted
            .Where(d => d.Channel == Channel.Online && (d.ResultDelivery == ResultDelivery.Online || d.ResultDelivery == ResultDelivery.Post)
                        && !offlinePayments.Any(p => p.DossierId == d.Id))
            .GroupBy(d => new { d.ProcedureId, d.ProcedureVersion })
            .Select(g => new { g.Key.ProcedureId, g.Key.ProcedureVersion, Count = g.Count() }).ToListAsync(cancellationToken);
        bool IsFullOnlineProcedure(string id, int version) => _workspace.Catalog.Find(id, version)?.OnlineMode == OnlineMode.Full;
        return (full.Where(r => IsFullOnlineProcedure(r.ProcedureId, r.ProcedureVersion)).Sum(r => r.Count),
            all.Where(r => IsFullOnlineProcedure(r.ProcedureId, r.ProcedureVersion)).Sum(r => r.Count));
    }

    /// <summary>Payments confirmed in the period: through the gateway, and all. Needs an index on payments(ConfirmedAt) at scale.</summary>
    private static async Task<(int Gateway, int All)> PaymentsAsync(WorkflowDbContext db, ReportPeriod period, IReadOnlyCollection<string>? scope, CancellationToken cancellationToken)
    {
        var start = period.StartUtc;
        var end = period.EndUtc;
        var dossiers = db.Dossiers.AsNoTracking();
        if (scope is not null)
        {
            dossiers = dossiers.Where(d => scope.Contains(d.ReceivingUnitId));
        }

        var rows = await db.Payments.AsNoTracking().Where(p => p.Status == PaymentStatus.Confirmed && p.ConfirmedAt >= start && p.ConfirmedAt < end)
            .Join(dossiers, p => p.DossierId, d => d.Id, (p, d) => p.Method)
            .GroupBy(m => m).Select(g => new { Method = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return (rows.Where(r => r.Method == PaymentMethod.Gateway).Sum(r => r.Count), rows.Sum(r => r.Count));
    }
}
