using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Workflow.Server.OpenApi;

/// <summary>What an operation's endpoint metadata and inputs say about who may call it and how it can be refused.</summary>
public sealed record EndpointShape(IReadOnlyList<object> Metadata, string Method, bool HasBody, bool HasPathParameters, bool HasParameters)
{
    public static EndpointShape Of(OpenApiOperation operation, OpenApiOperationTransformerContext context) => new(
        context.Description.ActionDescriptor.EndpointMetadata.ToList(),
        context.Description.HttpMethod ?? HttpMethods.Get,
        operation.RequestBody is not null,
        operation.Parameters?.Any(p => p.In == ParameterLocation.Path) == true,
        operation.Parameters?.Count > 0);

    /// <summary>As the authorization middleware decides: any allow-anonymous wins, otherwise any authorize data requires a sign-in.</summary>
    public bool RequiresSignIn => !Metadata.OfType<IAllowAnonymous>().Any() && Metadata.OfType<IAuthorizeData>().Any();

    public bool ChangesState => !HttpMethods.IsGet(Method) && !HttpMethods.IsHead(Method);

    public bool IsRateLimited => Metadata.OfType<EnableRateLimitingAttribute>().Any() && !Metadata.OfType<DisableRateLimitingAttribute>().Any();

    public IEnumerable<int> AlsoRefuses => Metadata.OfType<DocumentedRefusals>().SelectMany(r => r.Statuses);
}
