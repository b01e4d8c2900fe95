using Workflow.Server.Localization;
using Workflow.Server.Problems;

namespace Workflow.Server.Security;

/// <summary>
/// Where to go back after signing in or switching language. Only local paths are followed, so a
/// link cannot send the reader to another site; a path with control characters (a tab, a new
/// line) is refused with its field, because browsers strip them and would read "/\t/evil" as "//evil".
/// </summary>
public static class LocalReturnPath
{
    public static string Checked(string? url, string field)
    {
        if (HasControlCharacters(url))
        {
            throw ApiProblemException.Invalid("return-url-invalid", Language.Pick(
                $"\"{field}\" chứa ký tự điều khiển (tab, xuống dòng…); dùng một đường dẫn trong trang, ví dụ \"/inbox\".",
                $"\"{field}\" contains control characters (tab, new line…); give a path on this site, such as \"/inbox\"."), field);
        }

        return OrHome(url);
    }

    /// <summary>The path when it is local and clean, the home page otherwise (for pages, which cannot show a refusal).</summary>
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal) && !HasControlCharacters(url) ? url : "/";

    private static bool HasControlCharacters(string? url) => url is not null && url.Any(char.IsControl);
}
