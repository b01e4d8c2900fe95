using System.Text;

namespace Workflow.Designer.Editing;

/// <summary>Enum values as definition files spell them: kebab-case words (<c>WorkingDays</c> ↔ <c>working-days</c>).</summary>
public static class JsonWords
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static TEnum? Parse<TEnum>(string? word)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrEmpty(word))
        {
            return null;
        }

        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (Of(value) == word)
            {
                return value;
            }
        }

        return null;
    }
}
