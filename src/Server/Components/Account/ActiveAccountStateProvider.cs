using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Engine.Persistence;
using Workflow.Server.Authentication;

namespace Workflow.Server.Components.Account;

/// <summary>
/// A page stays open for hours over its circuit; every minute this checks that the account behind it
/// is still active and its security stamp unchanged (disabled, roles changed), and signs the page out otherwise.
/// </summary>
public sealed class ActiveAccountStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, WorkflowDbContextFactory database, IOptions<IdentityOptions> identity)
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

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ServerUser>>();
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
