using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflow.Server.Accounts;
using Workflow.Server.Authentication;

namespace Workflow.Server.Seeding;

/// <summary>
/// Creates the system roles always, and the demo officers (<see cref="DemoAccounts"/>) when
/// <c>Seed:Demo</c> is not false and nobody has an account yet: a database with users is never seeded.
/// </summary>
public sealed class DemoSeeder(ServerIdentityDbContext identity, RoleManager<IdentityRole> roles, UserAdministration administration, IConfiguration configuration, ILogger<DemoSeeder> logger)
{
    public bool DemoEnabled => configuration.GetValue("Seed:Demo", true);

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in SystemRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (!DemoEnabled)
        {
            return;
        }

        if (await identity.Users.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Demo accounts not seeded: the database already has accounts");
            return;
        }

        foreach (var account in DemoAccounts.All)
        {
            var user = await administration.CreateAsync(new NewAccount(account.UserName, account.DisplayName, $"{account.UserName}@demo.binhminh.gov.vn", null, DemoAccounts.Password, account.Roles), cancellationToken);
            foreach (var (unitId, role) in account.Memberships)
            {
                await administration.GrantMembershipAsync(user.Id, unitId, role, DemoAccounts.MembershipsFrom, null, cancellationToken);
            }
        }

        logger.LogInformation("Seeded {Count} demo accounts", DemoAccounts.All.Count);
    }
}
