using System.Globalization;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Digitisation;

/// <summary>What the forms and pages say about one component: digitised, certified, or electronic when filed.</summary>
public enum DigitisationMark
{
    None,
    Digitised,
    Certified,
    ElectronicAtSubmission,
}

/// <summary>The mark of a component from its electronic files, and its wording.</summary>
public static class DigitisationMarks
{
    public static DigitisationMark Of(IEnumerable<(DigitisationSource Source, bool Certified)> files)
    {
        var list = files.ToList();
        return list.Count == 0 ? DigitisationMark.None
            : list.Any(f => f.Source == DigitisationSource.ElectronicAtSubmission) ? DigitisationMark.ElectronicAtSubmission
            : list.All(f => f.Certified) ? DigitisationMark.Certified
            : DigitisationMark.Digitised;
    }

    public static string? Wording(DigitisationMark mark, CultureInfo? culture = null) => mark switch
    {
        DigitisationMark.Digitised => Text.Pick(culture, "Đã số hóa", "Digitised"),
        DigitisationMark.Certified => Text.Pick(culture, "Đã số hóa, chứng thực bản sao điện tử từ bản chính", "Digitised, certified electronic copy from the original"),
        DigitisationMark.ElectronicAtSubmission => Text.Pick(culture, "Nộp bản điện tử", "Filed electronically"),
        _ => null,
    };
}
