using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Workflow.Engine.Calendars;
using Workflow.Engine.Reporting.Indicators;

namespace Workflow.Engine.Reporting;

/// <summary>The report and its indicators as one JSON document, with every figure's formula next to the figures.</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(DossierReport report, IndicatorReport? indicators = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var culture = report.Request.Culture;
        var document = new
        {
            period = new { from = Date(report.Request.Period.From), to = Date(report.Request.Period.To), timeZone = VietnamTime.ZoneId },
            grouping = report.Request.Grouping,
            unitId = report.Request.UnitId,
            scope = new { name = report.ScopeName, code = report.ScopeCode },
            generatedAt = VietnamTime.ToIso8601(report.GeneratedAt),
            rows = report.Rows.Select(r => new { r.Key, r.Code, r.Name, r.Depth, r.Figures, r.OwnFigures }),
            total = report.Total,
            unitPunctuality = report.UnitPunctuality,
            report.LateDossiersWithoutLateStep,
            definitions = report.Definitions.Select(d => new { d.Id, name = d.Name(culture), formula = d.Formula(culture) }),
            notes = report.Notes,
            indicators = indicators is null ? null : new
            {
                circular01 = indicators.Circular01.Select(s => new
                {
                    s.Definition.Id,
                    name = s.Definition.Name(culture),
                    formula = s.Definition.Formula(culture),
                    s.Definition.ScaleAssumed,
                    s.Evaluated,
                    s.AveragePoints,
                    s.ZeroPoints,
                    s.OnePoint,
                    s.TwoPoints,
                }),
                decision766 = indicators.Decision766.Select(g => new
                {
                    g.Definition.Id,
                    name = g.Definition.Name(culture),
                    formula = g.Definition.Formula(culture),
                    g.Definition.ScaleAssumed,
                    g.MaxPoints,
                    g.Points,
                    ratios = g.Ratios.Select(r => new { r.Id, r.Numerator, r.Denominator, r.Value }),
                }),
                supportedPoints = indicators.SupportedPoints,
                supportedMaximum = indicators.SupportedMaximum,
                unsupported = indicators.Unsupported.Select(u => new { u.Id, name = u.Name(culture), reason = u.Reason(culture) }),
                dossiers = indicators.Dossiers.Select(d => new { d.Code, d.ReceivingUnitId, scores = d.Scores }),
            },
        };
        return JsonSerializer.Serialize(document, Options);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
