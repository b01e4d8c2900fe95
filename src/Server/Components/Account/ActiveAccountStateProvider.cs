using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Server.Security;

namespace Workflow.Server.Components.Account;

/// <summary>
/// A page stays open for hours over its circuit; every minute this checks that the account behind it
/// is still active, its security stamp unchanged (disabled, roles changed) and its session open (signed out elsewhere), and signs the page out otherwise.
/// </summary>
public sealed class ActiveAccountStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, WorkflowDbContextFactory database)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var principal = authenticationState.User;
        if (principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } officerId)
        {
            return false;
        }

        await using (var db = database.Create())
        {
            if (await db.Officers.AsNoTracking().Where(o => o.Id == officerId).Select(o => (bool?)o.Active).SingleOrDefaultAsync(cancellationToken) != true)
            {
                return false;
            }
        }

        // The same check every signed-in request passes: stamp unchanged, session not signed out.
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccessCheck>().StillHoldsAsync(principal, cancellationToken);
    }
}
