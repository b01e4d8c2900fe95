using System.Globalization;
using System.Text;

namespace Workflow.Engine.Definitions.Identifiers;

/// <summary>
/// Makes identifiers the schema accepts (<c>^[a-z0-9]+(-[a-z0-9]+)*$</c>) from Vietnamese names:
/// "Thẩm định hồ sơ" becomes <c>tham-dinh-ho-so</c>, made unique with a number when needed.
/// </summary>
public static class StepIdentifiers
{
    public static string FromName(string name, IEnumerable<string> taken, string fallback = "buoc")
    {
        var slug = Slug(name);
        if (slug.Length == 0)
        {
            slug = fallback;
        }

        if (slug.Length > 40)
        {
            slug = slug[..40].TrimEnd('-');
        }

        return Unique(slug, taken);
    }

    public static string Unique(string candidate, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        if (!used.Contains(candidate))
        {
            return candidate;
        }

        for (var n = 2; ; n++)
        {
            var numbered = $"{candidate}-{n}";
            if (!used.Contains(numbered))
            {
                return numbered;
            }
        }
    }

    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Split('-').All(part => part.Length > 0 && part.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9'));

    public static string Slug(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (dash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(lower);
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return builder.ToString();
    }
}
