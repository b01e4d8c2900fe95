using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Identifiers;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// Each public-facts column read from and written into a definition's JSON. <see cref="Render"/> gives the text an
/// export writes and an import compares; <see cref="Apply"/> writes a cell into the definition, keeping what the cell
/// does not speak of (a document's counts and form, a fee's tiers) for entries whose name is unchanged.
/// </summary>
public static partial class FactsCells
{
    private static readonly CultureInfo Vietnamese = Text.Vietnamese;

    private static readonly (string Level, string Words)[] Levels = [("commune", "Cấp xã"), ("district", "Cấp huyện"), ("province", "Cấp tỉnh")];

    private static readonly (string Mode, string Words)[] OnlineModes = [("full", "Toàn trình"), ("partial", "Một phần"), ("none", "Không")];

    public static string Render(JObject definition, TableColumn column)
    {
        if (column == FactsColumns.Code) return (string?)definition["code"] ?? "";
        if (column == FactsColumns.Id) return (string?)definition["id"] ?? "";
        if (column == FactsColumns.Name) return (string?)definition["name"] ?? "";
        if (column == FactsColumns.Field) return (string?)definition["field"] ?? "";
        if (column == FactsColumns.ReceivingUnitKind) return (string?)definition["receivingUnitKind"] ?? "";
        if (column == FactsColumns.Level) return Levels.FirstOrDefault(l => l.Level == (string?)definition["level"]).Words ?? (string?)definition["level"] ?? "";
        if (column == FactsColumns.OnlineMode) return OnlineModes.FirstOrDefault(m => m.Mode == (string?)definition["onlineMode"]).Words ?? "";
        if (column == FactsColumns.StatutoryTime) return definition["statutoryTime"] is JObject time ? StatutoryText(time) : "";
        if (column == FactsColumns.Fees) return Lines(Entries(definition, "fees").Select(FeeLine));
        if (column == FactsColumns.Documents) return Lines(Entries(definition, "documents").Select(d => (string?)d["name"] ?? ""));
        if (column == FactsColumns.Results) return Lines(Entries(definition, "results").Select(d => (string?)d["name"] ?? ""));
        if (column == FactsColumns.LegalBasis) return Lines((definition["legalBasis"] as JArray ?? []).Select(t => (string?)t ?? ""));
        throw new ArgumentOutOfRangeException(nameof(column), column.English, "Not a public-facts column.");
    }

    /// <summary>Writes the cell into the definition; null when it was written, otherwise the sentence saying why not.</summary>
    public static string? Apply(JObject definition, TableColumn column, string cell, CultureInfo? culture)
    {
        if (column == FactsColumns.Code || column == FactsColumns.Name || column == FactsColumns.Field || column == FactsColumns.ReceivingUnitKind)
        {
            definition[column == FactsColumns.Code ? "code" : column == FactsColumns.Name ? "name" : column == FactsColumns.Field ? "field" : "receivingUnitKind"] = cell;
            return null;
        }

        if (column == FactsColumns.Level)
        {
            var level = Levels.FirstOrDefault(l => Same(l.Words, cell) || Same(l.Level, cell) || Same(l.Words[4..], cell)).Level;
            if (level is null)
            {
                return Text.Pick(culture, $"\"{cell}\" không phải cấp thực hiện; viết Cấp xã, Cấp huyện hoặc Cấp tỉnh.", $"\"{cell}\" is not a level; write Cấp xã, Cấp huyện or Cấp tỉnh (commune, district, province).");
            }

            definition["level"] = level;
            return null;
        }

        if (column == FactsColumns.OnlineMode)
        {
            var mode = OnlineModes.FirstOrDefault(m => Same(m.Words, cell) || Same(m.Mode, cell) || cell.Contains(m.Words, StringComparison.OrdinalIgnoreCase)).Mode;
            if (mode is null)
            {
                return Text.Pick(culture, $"\"{cell}\" không phải mức dịch vụ công trực tuyến; viết Toàn trình, Một phần hoặc Không.", $"\"{cell}\" is not an online service level; write Toàn trình, Một phần or Không (full, partial, none).");
            }

            definition["onlineMode"] = mode;
            return null;
        }

        if (column == FactsColumns.StatutoryTime)
        {
            if (DurationCell.Parse(cell) is not { } duration)
            {
                return Text.Pick(culture, $"\"{cell}\" không đọc được thành thời hạn; viết như \"3 ngày làm việc\", \"15 ngày (kể cả ngày nghỉ)\", \"8 giờ làm việc\" hoặc \"trong ngày (giờ chốt 15:00)\".", $"\"{cell}\" cannot be read as a time; write it like \"3 ngày làm việc\", \"15 calendar days\", \"8 working hours\" or \"same day (cut-off 15:00)\".");
            }

            var time = definition["statutoryTime"] as JObject ?? [];
            if (StatutoryText(time) != StatutoryText(duration))
            {
                time.Remove("cutoff");
                time.Merge(duration);
                definition["statutoryTime"] = time;
            }

            return null;
        }

        if (column == FactsColumns.Fees) return ApplyFees(definition, cell, culture);
        if (column == FactsColumns.Documents) return ApplyNamed(definition, "documents", cell, "giay-to", name => new JObject { ["id"] = "", ["name"] = name, ["originals"] = 1 });
        if (column == FactsColumns.Results) return ApplyNamed(definition, "results", cell, "ket-qua", name => new JObject { ["id"] = "", ["name"] = name });
        if (column == FactsColumns.LegalBasis)
        {
            definition["legalBasis"] = new JArray(SplitLines(cell).Cast<object>().ToArray());
            return null;
        }

        throw new ArgumentOutOfRangeException(nameof(column), column.English, "Not a public-facts column.");
    }

    public static IReadOnlyList<string> SplitLines(string cell) =>
        cell.Split('\n').Select(l => ListMarker().Replace(l.Trim(), "")).Where(l => l.Length > 0).ToList();

    private static string StatutoryText(JObject time) =>
        (string?)time["unit"] == "same-day"
            ? $"trong ngày (giờ chốt {(string?)time["cutoff"] ?? "15:00"})"
            : $"{((decimal?)time["value"] ?? 0).ToString("0.##", Vietnamese)} {(string?)time["unit"] switch { "working-hours" => "giờ làm việc", "calendar-days" => "ngày (kể cả ngày nghỉ)", _ => "ngày làm việc" }}";

    private static string FeeLine(JObject fee)
    {
        var name = (string?)fee["name"] ?? "";
        if (fee["amount"] is not { } amount)
        {
            return name;
        }

        var per = (string?)fee["per"] is { } unit and not "case" ? $"/{unit}" : "";
        return $"{name}: {((decimal)amount).ToString("#,0", Vietnamese)} đồng{per}";
    }

    private static string? ApplyFees(JObject definition, string cell, CultureInfo? culture)
    {
        var existing = Entries(definition, "fees").ToList();
        var fees = new JArray();
        foreach (var line in SplitLines(cell))
        {
            if (SplitLines(cell).Count == 1 && NoFee().IsMatch(line))
            {
                break;
            }

            var match = FeeAmount().Match(line);
            var name = match.Success ? match.Groups["name"].Value.Trim() : line;
            var same = existing.FirstOrDefault(f => Same((string?)f["name"] ?? "", name));
            if (!match.Success)
            {
                if (same is null)
                {
                    return Text.Pick(culture, $"Dòng phí \"{line}\" không có số tiền; viết \"Tên khoản: 50.000 đồng\" (hoặc \"Tên khoản: Miễn\"), mỗi khoản một dòng.", $"The fee line \"{line}\" has no amount; write \"Name: 50.000 đồng\" (or \"Name: Miễn\"), one fee per line.");
                }

                fees.Add(same.DeepClone());
                continue;
            }

            var amount = NoFee().IsMatch(match.Groups["amount"].Value) ? 0m : decimal.Parse(match.Groups["digits"].Value.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var fee = (JObject?)same?.DeepClone() ?? new JObject
            {
                ["id"] = StepIdentifiers.FromName(name, fees.Select(f => (string?)f["id"] ?? "").Concat(existing.Select(f => (string?)f["id"] ?? "")), "le-phi"),
                ["name"] = name,
                ["kind"] = name.StartsWith("Lệ phí", StringComparison.OrdinalIgnoreCase) ? "charge" : "fee",
            };
            if (same is null || FeeLine(same) != FeeLine(WithAmount(fee, amount, match.Groups["per"].Value)))
            {
                fee.Remove("tiers");
                WithAmount(fee, amount, match.Groups["per"].Value);
            }

            fees.Add(fee);
        }

        definition["fees"] = fees;
        return null;
    }

    private static JObject WithAmount(JObject fee, decimal amount, string per)
    {
        var copy = fee;
        copy["amount"] = DurationCell.Number(amount);
        copy["per"] = per.Trim().Length > 0 ? per.Trim() : (string?)fee["per"] ?? "case";
        return copy;
    }

    private static string? ApplyNamed(JObject definition, string member, string cell, string fallbackId, Func<string, JObject> create)
    {
        var existing = Entries(definition, member).ToList();
        var entries = new JArray();
        foreach (var name in SplitLines(cell))
        {
            if (existing.FirstOrDefault(e => Same((string?)e["name"] ?? "", name)) is { } same)
            {
                entries.Add(same.DeepClone());
                continue;
            }

            var entry = create(name);
            entry["id"] = StepIdentifiers.FromName(name, entries.Select(e => (string?)e["id"] ?? "").Concat(existing.Select(e => (string?)e["id"] ?? "")), fallbackId);
            entries.Add(entry);
        }

        definition[member] = entries;
        return null;
    }

    private static IEnumerable<JObject> Entries(JObject definition, string member) => (definition[member] as JArray ?? []).OfType<JObject>();

    private static string Lines(IEnumerable<string> lines) => string.Join('\n', lines);

    private static bool Same(string a, string b) => string.Equals(TableColumn.Normalise(a), TableColumn.Normalise(b), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:[-•+*]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:không|không có|miễn|miễn phí|miễn lệ phí|0)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoFee();

    [GeneratedRegex(@"^(?<name>.+?):\s*(?<amount>(?<digits>\d[\d.,]*)\s*(?:đồng|đ|vnđ|vnd)?|miễn|miễn phí|không)\s*(?:/\s*(?<per>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex FeeAmount();
}
