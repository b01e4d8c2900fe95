using Microsoft.AspNetCore.Identity;
using Workflow.Server.Authentication;
using Workflow.Server.Localization;
using Workflow.Server.Problems;

namespace Workflow.Server.Security;

/// <summary>
/// Checks a user name and password for every way of signing in with them (the sign-in page, the
/// cookie sign-in, the bearer token), behind the <see cref="SignInThrottle"/>. The answer never
/// tells whether a name exists: an unknown name, a wrong password and a disabled account with a
/// wrong password all get the same refusal after the same work (one password hash), and a throttled
/// try gets the same 429 before any of it. Only the right password learns that its account is disabled.
/// </summary>
public sealed class PasswordSignIn(UserManager<ServerUser> users, IPasswordHasher<ServerUser> hasher, SignInThrottle throttle)
{
    private static readonly ServerUser Nobody = new() { Id = "", UserName = "" };
    private static string? _nobodysHash;

    /// <summary>The account, or an <see cref="ApiProblemException"/> with the sentence to show: 429 throttled, 401 wrong, 403 disabled.</summary>
    public async Task<ServerUser> VerifyAsync(HttpContext context, string userName, string password)
    {
        var name = userName.Trim().ToLowerInvariant();
        var attempt = await throttle.BeginAsync(ClientAddress.Partition(context), name, context.RequestAborted);
        if (attempt.Throttled)
        {
            throw Throttled(attempt.Wait);
        }

        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            // The work a known name costs, so the time taken does not tell the two apart.
            _nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, _nobodysHash, password);
        }

        if (user is null || !await users.CheckPasswordAsync(user, password))
        {
            await throttle.FailedAsync(attempt, context.RequestAborted);
            throw new ApiProblemException(StatusCodes.Status401Unauthorized, "sign-in-failed", WrongSentence(), "password");
        }

        await throttle.SucceededAsync(attempt, context.RequestAborted);
        if (await users.IsLockedOutAsync(user))
        {
            throw ApiProblemException.Forbidden("account-disabled", Language.Pick(
                "Tài khoản này đã bị vô hiệu hóa; liên hệ quản trị viên để được mở lại.", "This account is disabled; ask the administrator to enable it again."));
        }

        return user;
    }

    public static string WrongSentence() => Language.Pick("Tên đăng nhập hoặc mật khẩu không đúng.", "The user name or password is wrong.");

    private static ApiProblemException Throttled(TimeSpan wait)
    {
        var seconds = RetryAfter.Seconds(wait);
        var minutes = (seconds + 59) / 60;
        var (vietnamese, english) = seconds < 120 ? ($"{seconds} giây", seconds == 1 ? "1 second" : $"{seconds} seconds") : ($"{minutes} phút", $"{minutes} minutes");
        return new ApiProblemException(StatusCodes.Status429TooManyRequests, "sign-in-throttled", Language.Pick(
            $"Đã đăng nhập sai nhiều lần với tên này từ máy của bạn; đợi {vietnamese} rồi thử lại (hoặc hỏi quản trị viên nếu quên mật khẩu).",
            $"Too many failed sign-ins with this name from your device; wait {english} and try again (or ask the administrator if you forgot the password)."))
        {
            RetryAfter = wait,
        };
    }
}
