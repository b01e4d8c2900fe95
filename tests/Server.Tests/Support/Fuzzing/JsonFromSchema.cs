using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;

namespace Workflow.Server.Tests.Support.Fuzzing;

/// <summary>
/// Generates JSON text from the published schemas: mostly values of the declared kind (known ids
/// among them, so requests get past the first checks), sometimes hostile ones at any depth. Text
/// rather than a document, so that numbers past every range and nesting past every limit can be sent.
/// </summary>
public sealed class JsonFromSchema(PublishedApi api, IReadOnlyList<string> knownWords, IReadOnlyList<Guid> knownIds)
{
    private const int MaxDepth = 4;

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Gen<string> Value(JsonElement schema, int depth = 0) => Gen.Frequency(
        (24, Typed(schema, depth)),
        (1, Gen.OneOf(HostileValues.WrongTypes)),
        (1, Gen.OneOf(HostileValues.DeepNesting)));

    /// <summary>The raw text of a path or query value of this schema.</summary>
    public Gen<string> Text(JsonElement schema)
    {
        var resolved = api.Resolve(schema);
        var types = Types(resolved);
        var format = resolved.TryGetProperty("format", out var f) ? f.GetString() : null;
        var typed = format switch
        {
            "uuid" => Ids(),
            "date" => Gen.OneOf(HostileValues.Dates),
            "date-time" => Gen.OneOf(HostileValues.DateTimes),
            _ when types.Contains("integer") => Gen.OneOf(HostileValues.Integers),
            _ when types.Contains("number") => Gen.OneOf(HostileValues.Numbers),
            _ when types.Contains("boolean") => Gen.OneOf("true", "false", "yes", ""),
            _ when resolved.TryGetProperty("enum", out var values) => Gen.OneOf([.. values.EnumerateArray().Select(v => v.ToString()), "not-a-choice"]),
            _ => Words(),
        };
        return Gen.Frequency((6, typed), (1, Gen.OneOf(HostileValues.Strings)));
    }

    private Gen<string> Typed(JsonElement schema, int depth)
    {
        var resolved = api.Resolve(schema);
        if (resolved.TryGetProperty("oneOf", out var oneOf) || resolved.TryGetProperty("anyOf", out oneOf))
        {
            return Gen.OneOf(oneOf.EnumerateArray().Select(branch => (IGen<string>)Typed(branch, depth)).ToArray());
        }

        if (resolved.TryGetProperty("enum", out var values))
        {
            return Gen.OneOf([.. values.EnumerateArray().Select(v => v.GetRawText()), "\"not-a-choice\""]);
        }

        var types = Types(resolved);
        var format = resolved.TryGetProperty("format", out var f) ? f.GetString() : null;
        Gen<string>? typed = format switch
        {
            "uuid" => Ids().Select(Quote),
            "date" => Gen.OneOf(HostileValues.Dates).Select(Quote),
            "date-time" => Gen.OneOf(HostileValues.DateTimes).Select(Quote),
            _ => null,
        };
        typed ??= types switch
        {
            _ when types.Contains("object") || resolved.TryGetProperty("properties", out _) => Object(resolved, depth),
            _ when types.Contains("array") => Array(resolved, depth),
            _ when types.Contains("integer") => Gen.Frequency((5, Gen.OneOf(HostileValues.Integers)), (1, Gen.OneOf(HostileValues.Integers).Select(Quote))),
            _ when types.Contains("number") => Gen.OneOf(HostileValues.Numbers),
            _ when types.Contains("boolean") => Gen.OneOf("true", "false"),
            _ when types.Contains("string") => Words().Select(Quote),
            _ when types.Contains("null") => Gen.Const("null"),
            // No type (a free JSON value such as a data field): anything.
            _ => Gen.OneOf(Words().Select(Quote), Gen.OneOf(HostileValues.Numbers), Gen.OneOf(HostileValues.WrongTypes)),
        };
        return types.Contains("null") ? Gen.Frequency((6, typed), (1, Gen.Const("null"))) : typed;
    }

    private Gen<string> Object(JsonElement schema, int depth)
    {
        if (depth >= MaxDepth)
        {
            return Gen.Const("{}");
        }

        var required = schema.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
        var members = Gen.Const(new List<string>());
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var name = property.Name;
                var member = Value(property.Value, depth + 1).Select(value => $"{Quote(name)}:{value}");
                var present = required.Contains(name) ? 19 : 3;
                members = members.SelectMany(list => Gen.Frequency((present, member.Select(m => (string?)m)), (1, Gen.Const((string?)null)))
                    .Select(m => m is null ? list : [.. list, m]));
            }
        }

        if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
        {
            var entry = Gen.Select(Gen.Frequency((4, Words()), (1, Gen.OneOf("", "__proto__", "a.b", "$type", new string('k', 300)))), Value(additional, depth + 1),
                (key, value) => $"{Quote(key)}:{value}");
            members = members.SelectMany(list => entry.Array[0, 4].Select(entries => (List<string>)[.. list, .. entries]));
        }

        return members.Select(list => "{" + string.Join(',', list) + "}");
    }

    private Gen<string> Array(JsonElement schema, int depth) =>
        depth >= MaxDepth || !schema.TryGetProperty("items", out var items)
            ? Gen.Const("[]")
            : Value(items, depth + 1).Array[0, 3].Select(values => "[" + string.Join(',', values) + "]");

    private Gen<string> Words() => Gen.Frequency(
        (4, Gen.OneOf(knownWords.ToArray())),
        (2, Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-"].Array[1, 20].Select(chars => new string(chars))),
        (2, Gen.OneOf(HostileValues.Strings)));

    private Gen<string> Ids() => Gen.Frequency(
        (4, Gen.OneOf(knownIds.ToArray()).Select(id => id.ToString())),
        (2, Gen.Guid.Select(id => id.ToString())),
        (1, Gen.OneOf(HostileValues.Guids)));

    private static HashSet<string> Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToHashSet(StringComparer.Ordinal)
        : [type.GetString()!];

    private static string Quote(string text) => JsonSerializer.Serialize(text, Relaxed);
}
