using System.Text;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Organisation;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// A version on one printed A4 page (HTML; <c>PdfPrinter</c> prints it to PDF): its public facts in the import layout's
/// words and its internal-process table. Long lists are set small rather than spilling onto a second page.
/// </summary>
public static class ProcedureSummaryPage
{
    public static string Render(ProcedureDefinition definition, OrganisationModel? organisation)
    {
        var json = JObject.Parse(definition.Source.CanonicalJson);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").Append(E(definition.Name)).Append("</title><style>")
            .Append("@page{size:A4 portrait;margin:12mm}body{font-family:'Times New Roman',serif;font-size:10.5pt;margin:0}")
            .Append("h1{font-size:14pt;text-align:center;margin:0 0 2mm}p.sub{text-align:center;margin:0 0 4mm}")
            .Append("table{border-collapse:collapse;width:100%;margin-bottom:3mm}th,td{border:1px solid #444;padding:1mm 1.5mm;vertical-align:top;text-align:left}")
            .Append("th{background:#e8eef8}table.facts th{width:28%}ul{margin:0;padding-left:4mm}h2{font-size:11pt;margin:3mm 0 1mm}")
            .Append("</style></head><body data-testid=\"procedure-summary\">");
        html.Append("<h1>").Append(E(definition.Name)).Append("</h1><p class=\"sub\">")
            .Append(E($"Mã thủ tục {definition.Code ?? "—"} · phiên bản v{definition.Version}{(definition.Status == DefinitionStatus.Draft ? " (bản nháp)" : "")}{(definition.EffectiveFrom is { } from ? $" · hiệu lực từ {from:dd/MM/yyyy}" : "")}"))
            .Append("</p><table class=\"facts\">");
        foreach (var column in FactsColumns.All.Where(c => c != FactsColumns.Code && c != FactsColumns.Id && c != FactsColumns.Name && c != FactsColumns.ReceivingUnitKind))
        {
            var lines = FactsCells.SplitLines(FactsCells.Render(json, column));
            html.Append("<tr><th>").Append(E(column.Vietnamese)).Append("</th><td>");
            html.Append(lines.Count > 1 ? "<ul>" + string.Concat(lines.Select(l => $"<li>{E(l)}</li>")) + "</ul>" : E(lines.FirstOrDefault() ?? "—"));
            html.Append("</td></tr>");
        }

        html.Append("</table><h2>Quy trình nội bộ</h2><table><tr>");
        foreach (var column in ProcessColumns.All)
        {
            html.Append("<th>").Append(E(column.Vietnamese)).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var row in ProcessTable.Rows(definition, organisation))
        {
            html.Append("<tr data-testid=\"summary-step\"><td>").Append(row.Number).Append("</td><td>").Append(E(row.Content)).Append("</td><td>").Append(E(row.Unit))
                .Append("</td><td>").Append(E(row.Role)).Append("</td><td>").Append(E(row.Time)).Append("</td></tr>");
        }

        return html.Append("</table></body></html>").ToString();
    }

    // Only markup characters are escaped: Vietnamese letters stay as they are in the UTF-8 page.
    private static string E(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
