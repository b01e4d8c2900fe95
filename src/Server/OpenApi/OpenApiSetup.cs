namespace Workflow.Server.OpenApi;

/// <summary>The API reference at <c>/openapi/v1.json</c>, with what the generator cannot see added by the transformers here.</summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddWorkflowOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options => options
            .AddDocumentTransformer<ApiDocumentation>()
            .AddDocumentTransformer<NullableAlternatives>()
            .AddOperationTransformer<OperationSecurity>()
            .AddOperationTransformer<ProblemResponses>()
            .AddSchemaTransformer<EnumSchemas>());
}
