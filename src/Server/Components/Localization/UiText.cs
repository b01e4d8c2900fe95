using System.Globalization;
using Workflow.Engine.Runtime.Errors;
using Workflow.Server.Localization;

namespace Workflow.Server.Components.Localization;

/// <summary>
/// The words on the pages, written in both languages where they are used: <c>T("Hộp công việc", "Inbox")</c>.
/// Vietnamese is the default; English when the reader switched to it (culture cookie).
/// Dates and times are written as a Vietnamese reader expects (24-hour clock, day first).
/// </summary>
public static class UiText
{
    public static bool IsEnglish => Language.IsEnglish;

    public static string T(string vietnamese, string english) => Language.Pick(vietnamese, english);

    /// <summary>An engine refusal's sentence in the reader's language.</summary>
    public static string Message(WorkflowException refusal) => refusal.MessageIn(Language.Current);

    public static string When(DateTimeOffset? instant) =>
        instant is { } value ? value.ToString(IsEnglish ? "yyyy-MM-dd HH:mm" : "HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : "—";

    public static string Day(DateOnly? date) =>
        date is { } value ? value.ToString(IsEnglish ? "yyyy-MM-dd" : "dd/MM/yyyy", CultureInfo.InvariantCulture) : "—";

    public static string Day(DateTimeOffset? instant) => instant is { } value ? Day(DateOnly.FromDateTime(value.DateTime)) : "—";

    public static string Money(decimal? amount) =>
        amount is { } value ? value.ToString("#,##0", NumberCulture) + " đ" : "—";

    public static string Count(int value) => value.ToString("#,##0", NumberCulture);

    /// <summary>A file's size, e.g. "1,5 MB" or "320 KB" (at least 1 KB).</summary>
    public static string FileSize(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024d * 1024)).ToString("#,##0.#", NumberCulture) + " MB"
        : Math.Max(1, bytes / 1024).ToString("#,##0", NumberCulture) + " KB";

    private static CultureInfo NumberCulture => IsEnglish ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("vi-VN");
}
