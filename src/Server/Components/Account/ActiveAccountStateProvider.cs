using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Workflow.Server.Security;

namespace Workflow.Server.Components.Account;

/// <summary>
/// A page stays open for hours over its circuit, past the request that opened it; every minute this
/// runs the check every signed-in request passes (<see cref="AccessCheck"/>: disabling an account
/// or changing its roles renews its stamp, signing out ends its session) and signs the page out when it fails.
/// </summary>
public sealed class ActiveAccountStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccessCheck>().StillHoldsAsync(authenticationState.User, cancellationToken);
    }
}
