using System.Text.Json;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>Reads a dossier's data fields into the values expressions see (numbers as decimals).</summary>
internal static class DossierData
{
    public static IReadOnlyDictionary<string, object?> Read(DossierRecord dossier)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["channel"] = dossier.Channel.ToString().ToLowerInvariant(),
        };
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(dossier.DataJson) ? "{}" : dossier.DataJson);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = ToValue(property.Value);
        }

        return values;
    }

    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element.GetRawText(),
    };
}
