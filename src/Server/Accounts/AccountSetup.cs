using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Server.Authentication;
using Workflow.Server.Localization;
using Workflow.Server.Problems;

namespace Workflow.Server.Accounts;

/// <summary>
/// One-time setup links: an account made without a password (by a bulk import) is given a link with which its owner
/// chooses the password. The link holds a password-reset token, which choosing a password spends (the account's
/// security stamp changes); an administrator can issue a new one from the users page. An officer imported on the
/// command line has no account yet: issuing its first link makes it.
/// </summary>
public sealed class AccountSetup(UserManager<ServerUser> users, WorkflowDbContextFactory database)
{
    public const string PagePath = "/account/setup";

    /// <summary>How long a link stays usable (Identity's token lifespan, set to this at start-up).</summary>
    public static readonly TimeSpan Lifespan = TimeSpan.FromDays(7);

    /// <summary>The path (under the server's address) the owner of <paramref name="userId"/> opens to choose a password.</summary>
    public async Task<string> LinkAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId) ?? await AccountOfOfficerAsync(userId);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{PagePath}?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
    }

    private async Task<ServerUser> AccountOfOfficerAsync(string officerId)
    {
        await using var db = database.Create();
        var officer = await db.Officers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == officerId) ?? throw ApiProblemException.NotFound("user-not-found",
            Language.Pick($"Không có tài khoản {officerId}.", $"There is no account {officerId}."), "userId");
        var roles = MembershipSystemRoles.For(await db.Memberships.AsNoTracking().Where(m => m.OfficerId == officerId).Select(m => m.Role).ToListAsync());
        var user = new ServerUser { Id = officer.Id, UserName = officer.UserName, DisplayName = officer.DisplayName, Email = officer.Email, PhoneNumber = officer.Phone, LockoutEnabled = true };
        var created = await users.CreateAsync(user);
        if (created.Succeeded && roles.Count > 0)
        {
            created = await users.AddToRolesAsync(user, roles);
        }

        return created.Succeeded ? user : throw new RequestValidationException(new Dictionary<string, string[]> { ["userId"] = created.Errors.Select(e => e.Description).ToArray() });
    }

    /// <summary>Sets the first password with a link's token; a used, expired or altered link is refused (field <c>token</c>).</summary>
    public async Task SetPasswordAsync(string userId, string token, string password)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ServerUser>.ResetPasswordTokenPurpose, token))
        {
            throw ApiProblemException.Invalid("setup-link-invalid", Language.Pick(
                "Liên kết đặt mật khẩu đã dùng, đã hết hạn hoặc không đúng; xin quản trị viên một liên kết mới.",
                "The password setup link was used, has expired or is wrong; ask an administrator for a new one."), "token");
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["password"] = result.Errors.Select(e => e.Description).ToArray() });
        }

        await users.ResetAccessFailedCountAsync(user);
    }
}
