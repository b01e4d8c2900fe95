using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Workflow.Engine.Organisation;

/// <summary>
/// Writes an organisation in the file's format, one role, kind or unit record per line, in the
/// model's order (file order, a unit's later records right after its earlier ones). The same
/// organisation always gives the same bytes, so an export reviewed in git shows only what changed.
/// </summary>
public static class OrganisationFileWriter
{
    private static readonly JsonSerializerOptions Strings = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(OrganisationModel model, string? description)
    {
        var text = new StringBuilder();
        text.Append("{\n  \"$schema\": \"../organisation.schema.json\",\n");
        if (!string.IsNullOrEmpty(description))
        {
            text.Append("  \"description\": ").Append(Quote(description)).Append(",\n");
        }

        Array(text, "roles", model.Roles.Select(r => $"{{ \"id\": {Quote(r.Id)}, \"name\": {Quote(r.Name)}, \"nameEn\": {Quote(r.NameEn)} }}"), last: false);
        Array(text, "kinds", model.Kinds.Select(k =>
            $"{{ \"id\": {Quote(k.Id)}, \"name\": {Quote(k.Name)}, \"nameEn\": {Quote(k.NameEn)}, \"level\": {Quote(AdministrativeLevels.NameOf(k.Level))}, \"roles\": {List(k.RoleIds)} }}"), last: false);
        Array(text, "units", model.Records.Select(Unit), last: true);
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>The description of an organisation file, kept when the organisation is written again.</summary>
    public static string? DescriptionOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String ? description.GetString() : null;
    }

    private static string Unit(UnitRecord unit)
    {
        var fields = new List<string> { $"\"id\": {Quote(unit.Id)}", $"\"code\": {Quote(unit.Code)}", $"\"name\": {Quote(unit.Name)}" };
        if (unit.NameEn is { } nameEn)
        {
            fields.Add($"\"nameEn\": {Quote(nameEn)}");
        }

        fields.Add($"\"kind\": {Quote(unit.KindId)}");
        if (unit.ParentId is { } parent)
        {
            fields.Add($"\"parent\": {Quote(parent)}");
        }

        fields.Add($"\"validFrom\": {Quote(Day(unit.ValidFrom))}");
        if (unit.ValidTo is { } to)
        {
            fields.Add($"\"validTo\": {Quote(Day(to))}");
        }

        if (unit.Serves.Count > 0)
        {
            fields.Add($"\"serves\": {List(unit.Serves)}");
        }

        if (unit.Successors.Count > 0)
        {
            fields.Add($"\"successors\": {List(unit.Successors)}");
        }

        return "{ " + string.Join(", ", fields) + " }";
    }

    private static void Array(StringBuilder text, string name, IEnumerable<string> lines, bool last)
    {
        text.Append("  \"").Append(name).Append("\": [\n    ");
        text.Append(string.Join(",\n    ", lines));
        text.Append("\n  ]").Append(last ? "\n" : ",\n");
    }

    private static string List(IEnumerable<string> ids) => "[" + string.Join(", ", ids.Select(Quote)) + "]";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string value) => JsonSerializer.Serialize(value, Strings);
}
