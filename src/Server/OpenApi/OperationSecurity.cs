using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Workflow.Server.OpenApi;

/// <summary>
/// Says per operation how to be allowed in, as the server decides it: public operations need nothing;
/// the others take a bearer token or the sign-in cookie (with the antiforgery header when they change
/// something), and name the system roles their policy admits (OpenAPI 3.1 lets any scheme list roles);
/// citizens' operations take the citizen cookie only.
/// </summary>
public sealed class OperationSecurity(IAuthorizationPolicyProvider policies) : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var shape = EndpointShape.Of(operation, context);
        if (!shape.RequiresSignIn)
        {
            operation.Security = [];
            return;
        }

        var document = context.Document!;
        if (await IsCitizenOnlyAsync(shape))
        {
            var citizen = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SignInSchemes.CitizenCookie, document)] = [] };
            if (shape.ChangesState)
            {
                citizen[new OpenApiSecuritySchemeReference(SignInSchemes.Antiforgery, document)] = [];
            }

            operation.Security = [citizen];
            return;
        }

        var roles = await RolesAsync(shape);
        var cookie = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SignInSchemes.Cookie, document)] = [.. roles] };
        if (shape.ChangesState)
        {
            cookie[new OpenApiSecuritySchemeReference(SignInSchemes.Antiforgery, document)] = [];
        }

        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SignInSchemes.Bearer, document)] = [.. roles] },
            cookie,
        ];
        if (roles.Count > 0)
        {
            var sentence = $"Vai trò được phép / Roles allowed: {string.Join(", ", roles)}.";
            operation.Description = string.IsNullOrEmpty(operation.Description) ? sentence : $"{operation.Description}\n\n{sentence}";
        }
    }

    /// <summary>Operations whose policy authenticates with the citizen cookie alone: no bearer token or officer cookie opens them.</summary>
    private async Task<bool> IsCitizenOnlyAsync(EndpointShape shape)
    {
        foreach (var data in shape.Metadata.OfType<IAuthorizeData>())
        {
            if (data.Policy is { } name && await policies.GetPolicyAsync(name) is { } policy
                && policy.AuthenticationSchemes.Contains(Authentication.AuthenticationSchemes.Citizen))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<IReadOnlyList<string>> RolesAsync(EndpointShape shape)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var data in shape.Metadata.OfType<IAuthorizeData>())
        {
            roles.UnionWith((data.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (data.Policy is { } name && await policies.GetPolicyAsync(name) is { } policy)
            {
                roles.UnionWith(policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles));
            }
        }

        return [.. roles];
    }
}
