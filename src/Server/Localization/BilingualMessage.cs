namespace Workflow.Server.Localization;

/// <summary>
/// Engine messages carry both languages as "Vietnamese sentence / English sentence". This picks
/// the half the reader asked for. Quoted names (step names may contain " / ") are not split.
/// </summary>
public static class BilingualMessage
{
    private const string Separator = " / ";

    public static string Pick(string message)
    {
        var index = SeparatorOutsideQuotes(message);
        if (index < 0)
        {
            return message;
        }

        return Language.IsEnglish ? message[(index + Separator.Length)..].Trim() : message[..index].Trim();
    }

    private static int SeparatorOutsideQuotes(string message)
    {
        var inQuotes = false;
        for (var i = 0; i <= message.Length - Separator.Length; i++)
        {
            if (message[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && string.CompareOrdinal(message, i, Separator, 0, Separator.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
