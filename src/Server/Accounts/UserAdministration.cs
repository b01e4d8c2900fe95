using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime;
using Workflow.Server.Authentication;
using Workflow.Server.Localization;
using Workflow.Server.Problems;

namespace Workflow.Server.Accounts;

/// <summary>
/// Accounts and memberships. An account is an Identity user and an engine officer with the same
/// id: both are created together (the officer row is removed again if the account cannot be made),
/// and disabling one disables the other.
/// </summary>
public sealed class UserAdministration(UserManager<ServerUser> users, WorkflowDbContextFactory database, WorkspaceAccessor workspace, TimeProvider time)
{
    public async Task<ServerUser> CreateAsync(NewAccount account, CancellationToken cancellationToken = default)
    {
        var unknownRoles = account.Roles.Where(r => !SystemRoles.All.Contains(r)).ToList();
        if (unknownRoles.Count > 0)
        {
            throw ApiProblemException.Invalid("unknown-role", Language.Pick(
                $"Không có vai trò hệ thống {string.Join(", ", unknownRoles)}; các vai trò: {string.Join(", ", SystemRoles.All)}.",
                $"There is no system role {string.Join(", ", unknownRoles)}; the roles are: {string.Join(", ", SystemRoles.All)}."), "roles");
        }

        var user = new ServerUser
        {
            Id = Guid.NewGuid().ToString("D"),
            UserName = account.UserName.Trim().ToLowerInvariant(),
            DisplayName = account.DisplayName.Trim(),
            Email = string.IsNullOrWhiteSpace(account.Email) ? null : account.Email.Trim(),
            PhoneNumber = string.IsNullOrWhiteSpace(account.Phone) ? null : account.Phone.Trim(),
            LockoutEnabled = true,
        };
        if (await users.FindByNameAsync(user.UserName) is not null)
        {
            throw ApiProblemException.Conflict("user-name-taken", Language.Pick($"Tên đăng nhập \"{user.UserName}\" đã có người dùng.", $"The user name \"{user.UserName}\" is taken."), "userName");
        }

        await RequireValidPasswordAsync(user, account.Password, "password");
        await using (var db = database.Create())
        {
            if (await db.Officers.AnyAsync(o => o.UserName == user.UserName, cancellationToken))
            {
                throw ApiProblemException.Conflict("user-name-taken", Language.Pick($"Đã có cán bộ với tên đăng nhập \"{user.UserName}\".", $"An officer with the user name \"{user.UserName}\" exists."), "userName");
            }

            db.Officers.Add(new OfficerRecord { Id = user.Id, UserName = user.UserName, DisplayName = user.DisplayName, Email = user.Email, Phone = user.PhoneNumber, Active = true });
            await db.SaveChangesAsync(cancellationToken);
        }

        try
        {
            RequireSucceeded(await users.CreateAsync(user, account.Password), "userName");
            if (account.Roles.Count > 0)
            {
                RequireSucceeded(await users.AddToRolesAsync(user, account.Roles.Distinct()), "roles");
            }
        }
        catch
        {
            // The two rows live in two contexts; undo the officer so no half-made account remains.
            await using var db = database.Create();
            await db.Officers.Where(o => o.Id == user.Id).ExecuteDeleteAsync(CancellationToken.None);
            if (await users.FindByIdAsync(user.Id) is { } created)
            {
                await users.DeleteAsync(created);
            }

            throw;
        }

        return user;
    }

    public async Task SetActiveAsync(string userId, bool active, CancellationToken cancellationToken = default)
    {
        var user = await RequireUserAsync(userId);
        await using var db = database.Create();
        await db.Officers.Where(o => o.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(o => o.Active, active), cancellationToken);
        // A locked-out account cannot sign in; a new security stamp ends its cookies.
        RequireSucceeded(await users.SetLockoutEndDateAsync(user, active ? null : DateTimeOffset.MaxValue), "userId");
        RequireSucceeded(await users.UpdateSecurityStampAsync(user), "userId");
    }

    public async Task ResetPasswordAsync(string userId, string newPassword)
    {
        var user = await RequireUserAsync(userId);
        await RequireValidPasswordAsync(user, newPassword, "newPassword");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        RequireSucceeded(await users.ResetPasswordAsync(user, token, newPassword), "newPassword");
        await users.ResetAccessFailedCountAsync(user);
    }

    public async Task SetRolesAsync(string userId, IReadOnlyList<string> roles)
    {
        var unknown = roles.Where(r => !SystemRoles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            throw ApiProblemException.Invalid("unknown-role", Language.Pick($"Không có vai trò hệ thống {string.Join(", ", unknown)}.", $"There is no system role {string.Join(", ", unknown)}."), "roles");
        }

        var user = await RequireUserAsync(userId);
        var current = await users.GetRolesAsync(user);
        RequireSucceeded(await users.RemoveFromRolesAsync(user, current.Except(roles)), "roles");
        RequireSucceeded(await users.AddToRolesAsync(user, roles.Distinct().Except(current)), "roles");
        RequireSucceeded(await users.UpdateSecurityStampAsync(user), "roles");
    }

    /// <summary>Grants a role at a unit for a period; the unit must exist on the first day and its kind must have the role.</summary>
    public async Task<MembershipRecord> GrantMembershipAsync(string officerId, string unitId, string role, DateOnly validFrom, DateOnly? validTo, CancellationToken cancellationToken = default)
    {
        var organisation = workspace.Current.Organisation!;
        var unit = organisation.UnitAt(unitId, validFrom) ?? throw ApiProblemException.Invalid("unit-not-in-force", Language.Pick(
            $"Đơn vị \"{unitId}\" không hoạt động ngày {validFrom:dd/MM/yyyy}.", $"The unit \"{unitId}\" is not in force on {validFrom:yyyy-MM-dd}."), "unitId");
        if (!organisation.KindHasRole(unit.KindId, role))
        {
            throw ApiProblemException.Invalid("role-not-in-unit", Language.Pick(
                $"Đơn vị loại {unit.KindId} không có vai trò \"{role}\"; các vai trò: {string.Join(", ", organisation.FindKind(unit.KindId)!.RoleIds)}.",
                $"A unit of kind {unit.KindId} has no role \"{role}\"; its roles: {string.Join(", ", organisation.FindKind(unit.KindId)!.RoleIds)}."), "role");
        }

        if (validTo is { } end && end <= validFrom)
        {
            throw ApiProblemException.Invalid("period-empty", Language.Pick("Ngày kết thúc phải sau ngày bắt đầu.", "The end date must be after the start date."), "validTo");
        }

        await using var db = database.Create();
        if (!await db.Officers.AnyAsync(o => o.Id == officerId, cancellationToken))
        {
            throw ApiProblemException.NotFound("officer-not-found", Language.Pick($"Không có cán bộ {officerId}.", $"There is no officer {officerId}."), "officerId");
        }

        var membership = new MembershipRecord { Id = Guid.CreateVersion7(), OfficerId = officerId, UnitId = unitId, Role = role, ValidFrom = validFrom, ValidTo = validTo };
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(cancellationToken);
        return membership;
    }

    /// <summary>Ends a membership on a date (the first day it no longer holds); today when none is given.</summary>
    public async Task<MembershipRecord> EndMembershipAsync(Guid membershipId, DateOnly? validTo, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == membershipId, cancellationToken)
            ?? throw ApiProblemException.NotFound("membership-not-found", Language.Pick($"Không có phân công {membershipId}.", $"There is no membership {membershipId}."), "membershipId");
        var end = validTo ?? VietnamTime.LocalDate(time.GetUtcNow());
        if (end <= membership.ValidFrom)
        {
            throw ApiProblemException.Invalid("period-empty", Language.Pick(
                $"Ngày kết thúc phải sau ngày bắt đầu {membership.ValidFrom:dd/MM/yyyy}.", $"The end date must be after the start date {membership.ValidFrom:yyyy-MM-dd}."), "validTo");
        }

        if (membership.ValidTo is { } current && current <= end)
        {
            throw ApiProblemException.Conflict("membership-already-ended", Language.Pick(
                $"Phân công này đã kết thúc từ {current:dd/MM/yyyy}.", $"This membership already ended on {current:yyyy-MM-dd}."), "validTo");
        }

        membership.ValidTo = end;
        await db.SaveChangesAsync(cancellationToken);
        return membership;
    }

    private async Task<ServerUser> RequireUserAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw ApiProblemException.NotFound("user-not-found", Language.Pick($"Không có tài khoản {userId}.", $"There is no account {userId}."), "userId");

    private async Task RequireValidPasswordAsync(ServerUser user, string password, string field)
    {
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { [field] = errors.ToArray() });
        }
    }

    private static void RequireSucceeded(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { [field] = result.Errors.Select(e => e.Description).ToArray() });
        }
    }
}
