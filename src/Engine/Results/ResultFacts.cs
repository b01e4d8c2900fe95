using System.Globalization;
using System.Text;
using System.Text.Json;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Delegation;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Results;

/// <summary>What a result says about its dossier, as the template names it.</summary>
public sealed record ResultFacts(DossierRecord Dossier, ResultDocument Result, ProcedureDefinition? Definition, string Agency, string? ParentAgency, DateOnly ValidFrom, DateOnly? ValidTo,
    SignatureBlock? Signature = null)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public IReadOnlyDictionary<string, string> Values()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["agency"] = Agency,
            ["parentAgency"] = ParentAgency ?? "",
            ["title"] = Result.Name,
            ["number"] = Dossier.Code,
            ["holder.name"] = Dossier.ApplicantName,
            ["holder.id"] = Dossier.ApplicantIdNumber ?? "",
            ["holder.address"] = Dossier.ApplicantAddress ?? "",
            ["dossier.code"] = Dossier.Code,
            ["procedure"] = Dossier.ProcedureName,
            ["validFrom"] = ValidFrom.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["validTo"] = ValidTo?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "không thời hạn",
            ["issuedOn"] = $"Ngày {ValidFrom.Day:00} tháng {ValidFrom.Month:00} năm {ValidFrom.Year}",
        };
        foreach (var (id, value) in Data())
        {
            values["data." + id] = value;
        }

        return values;
    }

    /// <summary>One table row per data field the citizen gave, named as the definition names it.</summary>
    public string DataRows()
    {
        var rows = new StringBuilder();
        foreach (var (id, value) in Data())
        {
            var name = Definition?.Data.FirstOrDefault(d => d.Id == id)?.Name ?? id;
            rows.Append("<tr><td>").Append(ResultTemplate.Html.Encode(name)).Append(":</td><td>").Append(ResultTemplate.Html.Encode(value)).Append("</td></tr>");
        }

        return rows.ToString();
    }

    /// <summary>
    /// The signature block: on behalf of the head, its two title lines in bold, the digital signature, the
    /// signer's name; otherwise the agency, as before signing on behalf existed.
    /// </summary>
    public string SignatureHtml()
    {
        static string E(string text) => ResultTemplate.Html.Encode(text);
        return Signature is { } block
            ? $"<strong>{E(block.AuthorityLine)}<br>{E(block.TitleLine)}</strong><br><em>(Ký số)</em><br><strong>{E(block.Name)}</strong>"
            : $"<strong>{E(Agency)}</strong><br><em>(Ký số)</em>";
    }

    private List<(string Id, string Value)> Data()
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(Dossier.DataJson) ? "{}" : Dossier.DataJson);
        var list = new List<(string Id, string Value)>();
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return list;
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString() ?? "",
                JsonValueKind.Number => property.Value.TryGetDecimal(out var number) ? number.ToString("#,##0.####", Vietnamese) : property.Value.GetRawText(),
                JsonValueKind.True => "Có",
                JsonValueKind.False => "Không",
                JsonValueKind.Null or JsonValueKind.Undefined => "",
                _ => property.Value.GetRawText(),
            };
            list.Add((property.Name, text));
        }

        return list;
    }
}
