using System.Globalization;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Localization;
using Workflow.Engine.Persistence;
using Workflow.Engine.Reporting.Queries;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Reporting;

/// <summary>
/// Builds the dossier report for a period. The database aggregates (one GROUP BY per figure family
/// over unit, procedure version and channel); the organisation's roll-up, the grouping and the
/// processing time of the dossiers finished in the period are done in memory.
/// </summary>
public sealed class ReportService
{
    private readonly WorkflowDbContextFactory _database;
    private readonly ProceduresWorkspace _workspace;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _sqliteGate = new(1, 1);

    public ReportService(WorkflowDbContextFactory database, ProceduresWorkspace workspace, TimeProvider? time = null)
    {
        _database = database;
        _workspace = workspace;
        _time = time ?? TimeProvider.System;
    }

    public async Task<DossierReport> DossierReportAsync(ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request = request.AsOf(_time.GetUtcNow());
        var culture = request.Culture;
        var hierarchy = new UnitHierarchy(_workspace.Organisation, request.Period);
        var scope = Scope(request, hierarchy);
        var period = request.Period;
        var calculator = new DeadlineCalculator(_workspace.Calendar);
        var punctualityQuery = QueryAsync((db, ct) => UnitPunctualityQueries.LoadAsync(db, period, scope, ct), cancellationToken);
        var unattributedQuery = QueryAsync((db, ct) => UnitPunctualityQueries.UnattributedLateDossiersAsync(db, period, scope, ct), cancellationToken);
        var digitisationQuery = QueryAsync((db, ct) => DigitisationQueries.CountAsync(db, period, scope, ct), cancellationToken);
        var tables = await Task.WhenAll(
            Fill((db, t, ct) => DossierCountQueries.CountStatesAsync(db, period, scope, t, ct), cancellationToken),
            Fill((db, t, ct) => DossierCountQueries.CountReturnedAsync(db, period, scope, t, ct), cancellationToken),
            Fill((db, t, ct) => DossierCountQueries.CountJournalEventsAsync(db, period, scope, t, ct), cancellationToken),
            Fill((db, t, ct) => DossierCountQueries.CountRatingsAsync(db, period, scope, t, ct), cancellationToken),
            Fill((db, t, ct) => FinishedDossierTimes.AddAsync(db, calculator, period, scope, t, ct), cancellationToken));
        var table = new FigureTable();
        foreach (var part in tables)
        {
            table.Add(part);
        }

        var punctuality = await punctualityQuery;
        var unattributed = await unattributedQuery;
        var digitisation = await digitisationQuery;

        var rows = request.Grouping switch
        {
            ReportGrouping.Procedure => ByProcedure(table, culture),
            ReportGrouping.Field => ByField(table, culture),
            ReportGrouping.Channel => ByChannel(table, culture),
            _ => ByUnit(table, hierarchy, request.UnitId, culture),
        };
        return new DossierReport(
            request,
            _time.GetUtcNow(),
            request.UnitId is { } unit ? hierarchy.NameOf(unit, culture) : ReportLabels.AllUnits(culture),
            request.UnitId is { } scoped ? hierarchy.CodeOf(scoped) : null,
            rows,
            DossierFigures.Sum(table.Rows.Values),
            PunctualityRows(punctuality, hierarchy, request.UnitId, culture),
            unattributed,
            [.. ReportFormulas.All, .. DigitisationFormulas.All],
            Notes(request.Grouping, culture))
        {
            Digitisation = digitisation,
        };
    }

    /// <summary>
    /// Runs one query on its own context. On PostgreSQL and SQL Server the report's queries run side by
    /// side (each on its own connection), so the report takes as long as its slowest query; SQLite, a
    /// single embedded file, runs them one after the other.
    /// </summary>
    private async Task<FigureTable> Fill(Func<WorkflowDbContext, FigureTable, CancellationToken, Task> query, CancellationToken cancellationToken)
    {
        var table = new FigureTable();
        await QueryAsync(async (db, ct) =>
        {
            await query(db, table, ct);
            return table;
        }, cancellationToken);
        return table;
    }

    private async Task<T> QueryAsync<T>(Func<WorkflowDbContext, CancellationToken, Task<T>> query, CancellationToken cancellationToken)
    {
        if (_database.Options.Provider == DatabaseProvider.Sqlite)
        {
            await _sqliteGate.WaitAsync(cancellationToken);
        }
        else
        {
            // Start on the thread pool so the callers' WhenAll really overlaps the round trips.
            await Task.Yield();
        }

        try
        {
            await using var db = _database.Create();
            return await query(db, cancellationToken);
        }
        finally
        {
            if (_database.Options.Provider == DatabaseProvider.Sqlite)
            {
                _sqliteGate.Release();
            }
        }
    }

    /// <summary>The unit ids a scoped report looks at, or null for all units.</summary>
    internal static IReadOnlyCollection<string>? Scope(ReportRequest request, UnitHierarchy hierarchy)
    {
        if (request.UnitId is not { } unitId)
        {
            return null;
        }

        if (hierarchy.ReferenceDate(unitId) is null)
        {
            throw new ArgumentException(Text.Pick(request.Culture,
                $"Không có đơn vị \"{unitId}\" trong cơ cấu tổ chức.",
                $"There is no unit \"{unitId}\" in the organisation."), nameof(request));
        }

        return hierarchy.Within(unitId);
    }

    private static IReadOnlyList<ReportRow> ByUnit(FigureTable table, UnitHierarchy hierarchy, string? scopeUnitId, CultureInfo? culture)
    {
        var own = table.Rows.GroupBy(r => r.Key.ReceivingUnitId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => DossierFigures.Sum(g.Select(r => r.Value)), StringComparer.Ordinal);
        var rolledUp = new Dictionary<string, DossierFigures>(StringComparer.Ordinal);
        foreach (var (unitId, figures) in own)
        {
            foreach (var holder in ChainWithinScope(hierarchy, unitId, scopeUnitId))
            {
                if (!rolledUp.TryGetValue(holder, out var sum))
                {
                    sum = new DossierFigures();
                    rolledUp[holder] = sum;
                }

                sum.Add(figures);
            }
        }

        return hierarchy.Tree(own.Keys, scopeUnitId)
            .Select(node => new ReportRow(node.UnitId, hierarchy.CodeOf(node.UnitId), hierarchy.NameOf(node.UnitId, culture), node.Depth,
                rolledUp.GetValueOrDefault(node.UnitId) ?? new DossierFigures(), own.GetValueOrDefault(node.UnitId) ?? new DossierFigures()))
            .ToList();
    }

    private static IReadOnlyList<UnitPunctualityRow> PunctualityRows(Dictionary<string, UnitPunctualityFigures> own, UnitHierarchy hierarchy, string? scopeUnitId, CultureInfo? culture)
    {
        var totals = new Dictionary<string, UnitPunctualityFigures>(StringComparer.Ordinal);
        foreach (var (unitId, figures) in own)
        {
            foreach (var holder in ChainWithinScope(hierarchy, unitId, scopeUnitId))
            {
                if (!totals.TryGetValue(holder, out var sum))
                {
                    sum = new UnitPunctualityFigures();
                    totals[holder] = sum;
                }

                sum.Add(figures);
            }
        }

        return hierarchy.Tree(own.Keys, scopeUnitId)
            .Select(node => new UnitPunctualityRow(node.UnitId, hierarchy.CodeOf(node.UnitId), hierarchy.NameOf(node.UnitId, culture), node.Depth,
                own.GetValueOrDefault(node.UnitId) ?? new UnitPunctualityFigures(), totals.GetValueOrDefault(node.UnitId) ?? new UnitPunctualityFigures()))
            .ToList();
    }

    private static IEnumerable<string> ChainWithinScope(UnitHierarchy hierarchy, string unitId, string? scopeUnitId)
    {
        foreach (var id in hierarchy.Chain(unitId))
        {
            yield return id;
            if (id == scopeUnitId)
            {
                yield break;
            }
        }
    }

    private IReadOnlyList<ReportRow> ByProcedure(FigureTable table, CultureInfo? culture) =>
        table.Rows.GroupBy(r => r.Key.ProcedureId, StringComparer.Ordinal)
            .Select(g =>
            {
                var definition = _workspace.Catalog.Versions(g.Key).LastOrDefault();
                var name = definition is null ? g.Key : Text.Pick(culture, definition.Name, definition.NameEn ?? definition.Name);
                var figures = DossierFigures.Sum(g.Select(r => r.Value));
                return new ReportRow(g.Key, definition?.Code, name, 0, figures, figures);
            })
            .OrderBy(r => r.Code ?? "\uffff", StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

    private IReadOnlyList<ReportRow> ByField(FigureTable table, CultureInfo? culture) =>
        table.Rows.GroupBy(r => _workspace.Catalog.Find(r.Key.ProcedureId, r.Key.ProcedureVersion)?.Field is { Length: > 0 } field
                ? field
                : Text.Pick(culture, "(Không rõ lĩnh vực)", "(Unknown field)"), StringComparer.Ordinal)
            .Select(g =>
            {
                var figures = DossierFigures.Sum(g.Select(r => r.Value));
                return new ReportRow(g.Key, null, g.Key, 0, figures, figures);
            })
            .OrderBy(r => r.Name, StringComparer.Create(Text.Vietnamese, ignoreCase: false))
            .ToList();

    private static IReadOnlyList<ReportRow> ByChannel(FigureTable table, CultureInfo? culture) =>
        table.Rows.GroupBy(r => r.Key.Channel)
            .OrderBy(g => (int)g.Key)
            .Select(g =>
            {
                var figures = DossierFigures.Sum(g.Select(r => r.Value));
                var code = ((int)g.Key).ToString(CultureInfo.InvariantCulture);
                return new ReportRow(g.Key.ToString().ToLowerInvariant(), code, ReportLabels.ChannelName(g.Key, culture), 0, figures, figures);
            })
            .ToList();

    private static IReadOnlyList<string> Notes(ReportGrouping grouping, CultureInfo? culture) =>
    [
        .. grouping == ReportGrouping.Unit ? [RollUpNote(culture)] : Array.Empty<string>(),
        Text.Pick(culture,
            "Hồ sơ đã xin lỗi và hẹn lại được phân loại trước hạn/đúng hạn/quá hạn so với ngày hẹn mới, như hệ thống ghi nhận; số hồ sơ này được nêu riêng (\"sau thư xin lỗi\").",
            "A dossier rescheduled by an apology is classified against its new appointment, as the engine records it; such dossiers are counted separately (\"after an apology\")."),
        Text.Pick(culture,
            "Thời gian giải quyết bình quân trừ thời gian đồng hồ tạm dừng chờ công dân (bổ sung, nộp phí, thuế) theo sổ theo dõi thời hạn; khi thời hạn được tính lại từ đầu (Điều 19.4 Nghị định 61), thời gian trước khi tính lại vẫn được tính vì cơ quan đang giữ hồ sơ.",
            "Average processing time excludes the working time the clock stood paused for the citizen (supplement, fees, taxes), from the deadline ledger; when the period restarted (Decree 61 art. 19.4), the time before the restart still counts because the agency held the dossier."),
        Text.Pick(culture,
            "Trạng thái trong hạn/quá hạn lúc cuối kỳ so với hạn hiện hành của hồ sơ: một báo cáo cho kỳ đã qua dùng hạn như hiện ghi, không dựng lại hạn tại thời điểm cuối kỳ.",
            "Within time / overdue at the end of the period compares with the dossier's current due instant: a report on a past period uses the due as recorded now, not as it stood at the end."),
    ];

    private static string RollUpNote(CultureInfo? culture) => Text.Pick(culture,
        "Đơn vị cấp trên cộng dồn số liệu của các đơn vị trực thuộc theo cơ cấu tổ chức có hiệu lực trong kỳ (ngày cuối kỳ, hoặc ngày cuối cùng đơn vị còn tồn tại); các dòng cấp cao nhất cộng lại bằng dòng tổng.",
        "A parent unit adds up its sub-units as the organisation stood in the period (its last day, or the last day the unit existed); the top rows add up to the total.");
}
