using Workflow.Engine.Localization;

namespace Workflow.Designer.Localization;

/// <summary>Every label of the designer in Vietnamese (the default) and English, chosen by the request's culture.</summary>
public static class DesignerText
{
    public static bool IsEnglish => Text.IsEnglish(null);

    public static string T(string vietnamese, string english) => Text.Pick(null, vietnamese, english);
}
