using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.RegularExpressions;

namespace Workflow.Engine.Results;

/// <summary>
/// Lays a result out as printable HTML from its template: the procedure's own
/// <c>procedures/&lt;procedure&gt;/results/&lt;result id&gt;.html</c> when it keeps one, otherwise a plain
/// official layout (national heading, issuing agency, title, holder, dossier, data, validity).
/// Templates name the dossier's facts as <c>{{holder.name}}</c>, <c>{{data.fieldId}}</c>... and every
/// value is HTML-escaped, so text typed by a citizen never becomes markup. <c>{{signature}}</c> is the
/// signature block: the agency, or when signed on behalf "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name".
/// </summary>
public static partial class ResultTemplate
{
    /// <summary>Escapes markup but keeps Vietnamese letters as they are, so the file stays readable.</summary>
    internal static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The placeholders a template may use besides <c>{{data.&lt;field id&gt;}}</c>.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "agency", "parentAgency", "title", "number", "holder.name", "holder.id", "holder.address",
        "dossier.code", "procedure", "validFrom", "validTo", "issuedOn", "dataRows", "signature",
    ];

    /// <summary>The template file a procedure may keep for one of its results; null when the id could leave the folder.</summary>
    public static string? PathOf(string proceduresRoot, string procedureId, string resultId) =>
        IsPlainName(procedureId) && IsPlainName(resultId) ? Path.Combine(proceduresRoot, procedureId, "results", resultId + ".html") : null;

    public static string Render(string template, ResultFacts facts)
    {
        var values = facts.Values();
        return Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            if (name == "dataRows")
            {
                return facts.DataRows();
            }

            if (name == "signature")
            {
                return facts.SignatureHtml();
            }

            return values.TryGetValue(name, out var value) ? Html.Encode(value) : "";
        });
    }

    private static bool IsPlainName(string name) =>
        name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') && !name.Contains("..", StringComparison.Ordinal);

    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9_.\-]*)\s*\}\}")]
    private static partial Regex Placeholder();

    /// <summary>The layout used when a procedure keeps no template for the result.</summary>
    public const string Default = """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>{{title}} — {{dossier.code}}</title>
        <style>
        @page { size: A4; margin: 20mm 20mm 20mm 30mm; }
        body { font-family: "Times New Roman", "Noto Serif", "DejaVu Serif", serif; font-size: 13pt; line-height: 1.5; }
        .head { display: flex; justify-content: space-between; text-align: center; }
        .head div { width: 48%; }
        h1 { text-align: center; font-size: 15pt; margin: 28px 0 16px; text-transform: uppercase; }
        table { border-collapse: collapse; width: 100%; }
        td { padding: 2px 6px; vertical-align: top; }
        td:first-child { width: 40%; }
        .sign { margin-top: 32px; margin-left: 50%; text-align: center; }
        </style></head>
        <body>
        <div class="head">
          <div>{{parentAgency}}<br><strong>{{agency}}</strong><br>Số: {{number}}</div>
          <div><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong></div>
        </div>
        <h1>{{title}}</h1>
        <table>
          <tr><td>Cấp cho:</td><td><strong>{{holder.name}}</strong></td></tr>
          <tr><td>Số định danh / mã số:</td><td>{{holder.id}}</td></tr>
          <tr><td>Địa chỉ:</td><td>{{holder.address}}</td></tr>
          <tr><td>Thủ tục:</td><td>{{procedure}}</td></tr>
          <tr><td>Mã hồ sơ:</td><td>{{dossier.code}}</td></tr>
          {{dataRows}}
          <tr><td>Có hiệu lực từ ngày:</td><td>{{validFrom}}</td></tr>
          <tr><td>Có hiệu lực đến hết ngày:</td><td>{{validTo}}</td></tr>
        </table>
        <div class="sign">{{issuedOn}}<br>{{signature}}</div>
        </body></html>
        """;
}
