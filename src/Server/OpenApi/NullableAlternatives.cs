using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Workflow.Server.OpenApi;

/// <summary>
/// The generator writes a nullable member of a shared type as <c>oneOf: [null, $ref]</c>. When the
/// shared type itself admits null (a free JSON value, <c>JsonElement</c>), a null matches both and
/// fails <c>oneOf</c>, though the server sends exactly that. <c>anyOf</c> says the same and stays true.
/// </summary>
public sealed class NullableAlternatives : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var seen = new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in document.Components?.Schemas?.Values ?? [])
        {
            Rewrite(schema, seen);
        }

        foreach (var operation in (document.Paths?.Values.AsEnumerable() ?? []).SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var parameter in operation.Parameters ?? [])
            {
                Rewrite(parameter.Schema, seen);
            }

            var contents = (operation.RequestBody?.Content?.Values.AsEnumerable() ?? []).Concat((operation.Responses?.Values.AsEnumerable() ?? []).SelectMany(r => r.Content?.Values.AsEnumerable() ?? []));
            foreach (var content in contents)
            {
                Rewrite(content.Schema, seen);
            }
        }

        return Task.CompletedTask;
    }

    private static void Rewrite(IOpenApiSchema? candidate, HashSet<OpenApiSchema> seen)
    {
        // A reference is rewritten where its component is.
        if (candidate is not OpenApiSchema schema || !seen.Add(schema))
        {
            return;
        }

        if (schema.OneOf is { Count: 2 } alternatives && alternatives.Any(IsNull))
        {
            schema.AnyOf = alternatives;
            schema.OneOf = null;
        }

        foreach (var inner in new[] { schema.Items, schema.AdditionalProperties, schema.Not }
                     .Concat(schema.Properties?.Values ?? []).Concat(schema.AllOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? []))
        {
            Rewrite(inner, seen);
        }
    }

    private static bool IsNull(IOpenApiSchema schema) => schema is OpenApiSchema { Type: JsonSchemaType.Null };
}
