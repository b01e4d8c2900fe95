using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Organisation.Accounts;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Server.Authentication;
using Workflow.Server.Hosting;

namespace Workflow.Server.Accounts;

/// <summary>
/// The sign-in accounts of a bulk import, written on the engine's connection and transaction: a new officer gets an
/// account without a password (its owner chooses one through a setup link) and the system roles of its memberships;
/// a changed officer's account takes the new name and contact.
/// </summary>
public sealed class SignInAccountWriter(DatabaseOptions database, ILookupNormalizer normalizer) : ISignInAccountWriter
{
    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OfficerRecord> created, IReadOnlyList<OfficerRecord> changed, IReadOnlyList<MembershipRecord> newMemberships, CancellationToken cancellationToken)
    {
        await using var identity = IdentityDatabase.Create(database, connection);
        await identity.Database.UseTransactionAsync(transaction, cancellationToken);
        var roleIds = await identity.Roles.Where(r => r.Name != null).ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        foreach (var officer in created)
        {
            identity.Users.Add(new ServerUser
            {
                Id = officer.Id,
                UserName = officer.UserName,
                NormalizedUserName = normalizer.NormalizeName(officer.UserName),
                DisplayName = officer.DisplayName,
                Email = officer.Email,
                NormalizedEmail = officer.Email is null ? null : normalizer.NormalizeEmail(officer.Email),
                PhoneNumber = officer.Phone,
                LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString("D"),
            });
            foreach (var role in MembershipSystemRoles.For(newMemberships.Where(m => m.OfficerId == officer.Id).Select(m => m.Role)))
            {
                if (roleIds.TryGetValue(role, out var roleId))
                {
                    identity.UserRoles.Add(new IdentityUserRole<string> { UserId = officer.Id, RoleId = roleId });
                }
            }
        }

        var changedIds = changed.Select(o => o.Id).ToList();
        var accounts = await identity.Users.Where(u => changedIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        foreach (var officer in changed)
        {
            if (accounts.TryGetValue(officer.Id, out var account))
            {
                account.DisplayName = officer.DisplayName;
                account.Email = officer.Email;
                account.NormalizedEmail = officer.Email is null ? null : normalizer.NormalizeEmail(officer.Email);
                account.PhoneNumber = officer.Phone;
            }
        }

        await identity.SaveChangesAsync(cancellationToken);
    }
}
