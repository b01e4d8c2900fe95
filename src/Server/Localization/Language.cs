using System.Globalization;
using Workflow.Engine.Localization;

namespace Workflow.Server.Localization;

/// <summary>
/// The language of the current request: Vietnamese unless the client asks for English
/// (Accept-Language), as set by the request localization middleware.
/// </summary>
public static class Language
{
    public static CultureInfo Current => CultureInfo.CurrentUICulture;

    public static bool IsEnglish => Text.IsEnglish(Current);

    public static string Pick(string vietnamese, string english) => Text.Pick(Current, vietnamese, english);
}
