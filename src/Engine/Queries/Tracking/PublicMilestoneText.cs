using System.Globalization;
using Workflow.Engine.Localization;
using Workflow.Engine.Runtime.Execution;

namespace Workflow.Engine.Queries.Tracking;

/// <summary>
/// Which journal commands a citizen sees, how they are named in Vietnamese and English, and
/// which of them carry a sentence meant for the citizen (the rest stay internal).
/// </summary>
internal static class PublicMilestoneText
{
    // Commands whose reason is written to the citizen (a notice), not an internal note.
    private static readonly HashSet<string> CitizenNotices = new(StringComparer.Ordinal)
    {
        "ask-to-complete", "refuse-intake", "request-supplement", "apologise", "extend", "stop", "withdraw",
    };

    // Commands the citizen sees even when the national status does not change.
    private static readonly HashSet<string> AlwaysPublic = new(StringComparer.Ordinal)
    {
        "submit-online", "receive-at-desk", "receive-by-post", "accept", "ask-to-complete", "refuse-intake", "resubmit",
        "request-supplement", "supplement-received", "payment-confirmed", "extend", "apologise", "withdraw", "stop", "end",
    };

    /// <summary>A command is public when it is a citizen-facing event or it changed the national status.</summary>
    public static bool IsPublic(string command, int? fromStatus, int toStatus) =>
        AlwaysPublic.Contains(command) || (fromStatus is { } from && from != toStatus);

    public static bool CarriesNotice(string command) => CitizenNotices.Contains(command);

    public static string Title(string command, int toStatus, CultureInfo? culture) => command switch
    {
        "submit-online" => Text.Pick(culture, "Nộp hồ sơ trực tuyến", "Submitted online"),
        "receive-at-desk" => Text.Pick(culture, "Nộp hồ sơ tại Bộ phận một cửa", "Filed at the one-stop desk"),
        "receive-by-post" => Text.Pick(culture, "Nhận hồ sơ qua bưu chính", "Received by post"),
        "accept" => Text.Pick(culture, "Hồ sơ được tiếp nhận", "Dossier accepted"),
        "ask-to-complete" => Text.Pick(culture, "Yêu cầu hoàn thiện hồ sơ", "Asked to complete the dossier"),
        "refuse-intake" => Text.Pick(culture, "Từ chối tiếp nhận hồ sơ", "Dossier refused at intake"),
        "resubmit" => Text.Pick(culture, "Nộp lại hồ sơ đã hoàn thiện", "Completed dossier filed again"),
        "request-supplement" => Text.Pick(culture, "Yêu cầu bổ sung hồ sơ", "Supplement requested"),
        "supplement-received" => Text.Pick(culture, "Đã nhận hồ sơ bổ sung", "Supplement received"),
        "payment-confirmed" => Text.Pick(culture, "Đã xác nhận nộp phí, lệ phí, nghĩa vụ tài chính", "Payment confirmed"),
        "extend" => Text.Pick(culture, "Gia hạn thời gian giải quyết", "Processing time extended"),
        "apologise" => Text.Pick(culture, "Thư xin lỗi và hẹn lại ngày trả kết quả", "Apology and new appointment"),
        "withdraw" => Text.Pick(culture, "Rút hồ sơ", "Dossier withdrawn"),
        "stop" => Text.Pick(culture, "Dừng xử lý hồ sơ", "Processing stopped"),
        "end" => Text.Pick(culture, "Hoàn tất hồ sơ", "Dossier closed"),
        _ => StatusName(toStatus, culture),
    };

    public static string StatusName(int code, CultureInfo? culture) =>
        Text.Pick(culture, DossierStatusRules.VietnameseName(code), DossierStatusRules.EnglishName(code));
}
