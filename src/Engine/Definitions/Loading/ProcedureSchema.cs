using NJsonSchema;

namespace Workflow.Engine.Definitions.Loading;

/// <summary>The JSON Schema of definition files (<c>procedures/procedure.schema.json</c>, embedded at build time).</summary>
public static class ProcedureSchema
{
    private static readonly Lazy<JsonSchema> Instance = new(Load);

    public static JsonSchema Schema => Instance.Value;

    public static string Text()
    {
        using var stream = typeof(ProcedureSchema).Assembly.GetManifestResourceStream("Workflow.Engine.procedure.schema.json")
            ?? throw new InvalidOperationException("The procedure schema is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static JsonSchema Load() => JsonSchema.FromJsonAsync(Text()).GetAwaiter().GetResult();
}
