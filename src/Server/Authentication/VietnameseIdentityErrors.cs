using Microsoft.AspNetCore.Identity;
using Workflow.Server.Localization;

namespace Workflow.Server.Authentication;

/// <summary>Identity's account and password errors in the reader's language (Vietnamese by default).</summary>
public sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Tên đăng nhập \"{userName}\" đã có người dùng.", $"The user name \"{userName}\" is taken.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"Tên đăng nhập \"{userName}\" chỉ được gồm chữ thường không dấu, chữ số và . - _ @.", $"The user name \"{userName}\" may hold only lower-case letters, digits and . - _ @.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự.", $"The password must have at least {length} characters.");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số.", "The password must contain a digit.");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường.", "The password must contain a lower-case letter.");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa.", "The password must contain an upper-case letter.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ @, #, !).", "The password must contain a symbol (e.g. @, #, !).");

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), $"Tài khoản đã có vai trò {role}.", $"The account already has the role {role}.");

    private static IdentityError Error(string code, string vietnamese, string english) => new() { Code = code, Description = Language.Pick(vietnamese, english) };
}
