using System.Globalization;
using System.Text.Json;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime.Errors;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>Checks dossier data against the procedure's declared fields and writes it as JSON.</summary>
internal static class DossierDataValidator
{
    public const int MaxTextLength = 2000;

    public static string ToJson(ProcedureDefinition definition, IReadOnlyDictionary<string, object?>? data)
    {
        data ??= new Dictionary<string, object?>();
        var fields = definition.Data.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, raw) in data)
        {
            if (!fields.TryGetValue(name, out var field))
            {
                var known = fields.Count == 0 ? "(không có)" : string.Join(", ", fields.Keys);
                throw Invalid(name, $"Thủ tục {definition.Name} không có trường dữ liệu \"{name}\". Các trường: {known}.",
                    $"The procedure has no data field \"{name}\". Fields: {known}.");
            }

            values[name] = Normalise(field, raw is JsonElement element ? DossierData.ToValue(element) : raw);
        }

        foreach (var field in definition.Data.Where(f => f.Required && (!values.TryGetValue(f.Id, out var v) || v is null || v is string { Length: 0 })))
        {
            throw Invalid(field.Id, $"Thiếu \"{field.Name}\" ({field.Id}), trường bắt buộc của thủ tục này.",
                $"\"{field.Name}\" ({field.Id}) is required by this procedure.");
        }

        return JsonSerializer.Serialize(values, JournalDetailJson.Options);
    }

    private static object? Normalise(DataField field, object? value)
    {
        if (value is null)
        {
            return null;
        }

        switch (field.Type)
        {
            case DataFieldType.Number:
                return value switch
                {
                    decimal d => d,
                    int or long or double or float => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                    string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
                    _ => throw Invalid(field.Id, $"\"{field.Name}\" phải là một số.", $"\"{field.Name}\" must be a number."),
                };
            case DataFieldType.Boolean:
                return value switch
                {
                    bool b => b,
                    string s when bool.TryParse(s, out var parsed) => parsed,
                    _ => throw Invalid(field.Id, $"\"{field.Name}\" phải là true hoặc false.", $"\"{field.Name}\" must be true or false."),
                };
            case DataFieldType.Date:
                return value switch
                {
                    DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => s,
                    _ => throw Invalid(field.Id, $"\"{field.Name}\" phải là ngày dạng yyyy-MM-dd.", $"\"{field.Name}\" must be a date written yyyy-MM-dd."),
                };
            case DataFieldType.Choice:
                var choice = value as string;
                if (choice is null || !field.Choices.Contains(choice))
                {
                    throw Invalid(field.Id, $"\"{field.Name}\" phải là một trong: {string.Join(", ", field.Choices)}.", $"\"{field.Name}\" must be one of: {string.Join(", ", field.Choices)}.");
                }

                return choice;
            default:
                var text = value as string ?? throw Invalid(field.Id, $"\"{field.Name}\" phải là chuỗi ký tự.", $"\"{field.Name}\" must be text.");
                if (text.Length > MaxTextLength)
                {
                    throw Invalid(field.Id, $"\"{field.Name}\" dài quá {MaxTextLength} ký tự.", $"\"{field.Name}\" is longer than {MaxTextLength} characters.");
                }

                return text;
        }
    }

    private static WorkflowException Invalid(string field, string vietnamese, string english) =>
        new(WorkflowErrorKind.Invalid, "invalid-data", vietnamese, english, $"data.{field}");
}
