using Workflow.Engine.Definitions.Model;

namespace Workflow.Server.Components.Shared;

/// <summary>What a citizen or an officer typed into a procedure's data fields, turned into the values the engine takes.</summary>
public sealed class DataFieldValues
{
    public Dictionary<string, string?> Texts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, decimal?> Numbers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, bool> Flags { get; } = new(StringComparer.Ordinal);

    /// <summary>Only the fields given (a box left empty is not sent), so the engine names a missing required field.</summary>
    public Dictionary<string, object?> ToData(IEnumerable<DataField> fields)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            object? value = field.Type switch
            {
                DataFieldType.Boolean => Flags.GetValueOrDefault(field.Id),
                DataFieldType.Number => Numbers.GetValueOrDefault(field.Id),
                _ => string.IsNullOrWhiteSpace(Texts.GetValueOrDefault(field.Id)) ? null : Texts[field.Id]!.Trim(),
            };
            if (value is not null)
            {
                data[field.Id] = value;
            }
        }

        return data;
    }

    /// <summary>The required fields left empty (a yes/no box always has a value).</summary>
    public IEnumerable<DataField> MissingRequired(IEnumerable<DataField> fields) => fields.Where(field => field.Required && field.Type switch
    {
        DataFieldType.Boolean => false,
        DataFieldType.Number => Numbers.GetValueOrDefault(field.Id) is null,
        _ => string.IsNullOrWhiteSpace(Texts.GetValueOrDefault(field.Id)),
    });
}
