using System.Globalization;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Simulation;

/// <summary>Turns the values an analyst typed into the types the expression language compares: numbers, booleans, text.</summary>
public static class DataValueParser
{
    public static Dictionary<string, object?> Parse(IReadOnlyList<DataField> fields, IReadOnlyDictionary<string, string>? values)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (values is null)
        {
            return data;
        }

        foreach (var field in fields)
        {
            if (!values.TryGetValue(field.Id, out var text) || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            text = text.Trim();
            data[field.Id] = field.Type switch
            {
                DataFieldType.Number => ParseNumber(text),
                DataFieldType.Boolean => text is "true" or "True" or "1" or "có" or "Có" || (bool.TryParse(text, out var flag) && flag),
                _ => text,
            };
        }

        return data;
    }

    /// <summary>A point or, as Vietnamese writes it, a comma before the decimals: "120.5" and "120,5" are both 120.5.</summary>
    private static object? ParseNumber(string text)
    {
        var normalised = text.Contains('.', StringComparison.Ordinal) ? text : text.Replace(',', '.');
        return decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
