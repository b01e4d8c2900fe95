using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Workflow.Server.OpenApi;

/// <summary>
/// An enum is one shared component, used by nullable and non-nullable members alike. The generator
/// puts <c>null</c> among its values when the first member it meets is nullable, and also wraps
/// nullable members in <c>oneOf: [null, $ref]</c>: a null then matched both branches and failed
/// <c>oneOf</c>. The component keeps only the words (typed as strings); nullability stays with the member.
/// </summary>
public sealed class EnumSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type).IsEnum && schema.Enum is { Count: > 0 } values)
        {
            schema.Enum = values.Where(value => value is not null).ToList();
            schema.Type = JsonSchemaType.String;
        }

        return Task.CompletedTask;
    }
}
