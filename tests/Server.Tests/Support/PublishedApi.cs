using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Workflow.Server.Tests.Support;

/// <summary>
/// The OpenAPI document as the real server publishes it, read the way a client generator reads it:
/// its operations, their parameters, bodies and documented answers, and a JSON Schema 2020-12
/// validator for any answer (OpenAPI 3.1 schemas are JSON Schema; <c>#/components/schemas/X</c> is resolved in place).
/// </summary>
public sealed class PublishedApi
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];
    private static int _documents;

    private readonly Uri _root = new($"https://workflow.invalid/openapi/{Interlocked.Increment(ref _documents)}");
    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry() };
    private readonly Dictionary<string, JsonSchema> _validators = new(StringComparer.Ordinal);

    public PublishedApi(string text)
    {
        Text = text;
        using var parsed = JsonDocument.Parse(text);
        Root = parsed.RootElement.Clone();
        // Every component once, as the $defs of one schema document; each validator refers into it.
        var definitions = new JsonObject();
        if (Root.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var schemas))
        {
            foreach (var schema in schemas.EnumerateObject())
            {
                definitions[schema.Name] = JsonNode.Parse(References(schema.Value.GetRawText(), ""));
            }
        }

        JsonSchema.FromText(new JsonObject { ["$schema"] = Dialect, ["$defs"] = definitions }.ToJsonString(), _build, _root);
        Operations = [.. Root.GetProperty("paths").EnumerateObject().SelectMany(path => Methods
            .Where(method => path.Value.TryGetProperty(method, out _))
            .Select(method => new PublishedOperation(path.Name, method.ToUpperInvariant(), path.Value.GetProperty(method))))];
    }

    public string Text { get; }

    public JsonElement Root { get; }

    public IReadOnlyList<PublishedOperation> Operations { get; }

    public static async Task<PublishedApi> FetchAsync(HttpClient client) => new(await client.GetStringAsync("/openapi/v1.json"));

    public JsonElement Schema(string name) => Root.GetProperty("components").GetProperty("schemas").GetProperty(name);

    /// <summary>The schema itself, or the component it refers to.</summary>
    public JsonElement Resolve(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference)
            ? Schema(reference.GetString()!["#/components/schemas/".Length..])
            : schema;

    /// <summary>What is wrong with <paramref name="instance"/> against <paramref name="schema"/> (a schema of this document); empty when it validates.</summary>
    public IReadOnlyList<string> Validate(JsonElement schema, JsonElement instance)
    {
        var key = schema.GetRawText();
        if (!_validators.TryGetValue(key, out var validator))
        {
            var root = new JsonObject { ["$schema"] = Dialect, ["allOf"] = new JsonArray(JsonNode.Parse(References(key, _root.ToString()))) };
            validator = JsonSchema.FromText(root.ToJsonString(), _build, new Uri(_root, $"validators/{_validators.Count}"));
            _validators[key] = validator;
        }

        var result = validator.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))];
    }

    private const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Points <c>#/components/schemas/X</c> at the shared document's <c>$defs/X</c>.</summary>
    private static string References(string schema, string document) => schema.Replace("\"#/components/schemas/", $"\"{document}#/$defs/", StringComparison.Ordinal);
}

/// <summary>One operation of the document: where it is, its parameters, body and documented answers.</summary>
public sealed record PublishedOperation(string Path, string Method, JsonElement Definition)
{
    public string Id => Definition.TryGetProperty("operationId", out var id) ? id.GetString()! : $"{Method} {Path}";

    public IEnumerable<JsonElement> Parameters => Definition.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : [];

    public JsonElement? JsonBody => Body("application/json");

    /// <summary>The schema of the body of this media type, when the operation takes one.</summary>
    public JsonElement? Body(string mediaType) =>
        Definition.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty(mediaType, out var content) && content.TryGetProperty("schema", out var schema)
            ? schema
            : null;

    public bool HasBody => Definition.TryGetProperty("requestBody", out _);

    public IEnumerable<string> BodyMediaTypes => Definition.TryGetProperty("requestBody", out var body) ? body.GetProperty("content").EnumerateObject().Select(c => c.Name) : [];

    public bool IsPublic => Definition.TryGetProperty("security", out var security) && security.GetArrayLength() == 0;

    public IReadOnlyDictionary<string, JsonElement> Responses => Definition.GetProperty("responses").EnumerateObject().ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal);

    public override string ToString() => $"{Method} {Path} ({Id})";
}
