using System.Globalization;
using Workflow.Engine.Journal;
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
        JournalKinds.AskToComplete, JournalKinds.RefuseIntake, JournalKinds.RequestSupplement, JournalKinds.Apologise, JournalKinds.Extend, JournalKinds.Stop, JournalKinds.Withdraw,
        JournalKinds.CitizenDeadlinePassed,
    };

    // Commands the citizen sees even when the national status does not change.
    private static readonly HashSet<string> AlwaysPublic = new(StringComparer.Ordinal)
    {
        JournalKinds.SubmitOnline, JournalKinds.ReceiveAtDesk, JournalKinds.ReceiveByPost, JournalKinds.Accept, JournalKinds.AskToComplete, JournalKinds.RefuseIntake, JournalKinds.Resubmit,
        JournalKinds.RequestSupplement, JournalKinds.SupplementReceived, JournalKinds.PaymentConfirmed, JournalKinds.Extend, JournalKinds.Apologise, JournalKinds.Withdraw, JournalKinds.Stop, JournalKinds.End,
        JournalKinds.CitizenDeadlinePassed,
    };

    /// <summary>A command is public when it is a citizen-facing event or it changed the national status.</summary>
    public static bool IsPublic(string command, int? fromStatus, int toStatus) =>
        AlwaysPublic.Contains(command) || (fromStatus is { } from && from != toStatus);

    public static bool CarriesNotice(string command) => CitizenNotices.Contains(command);

    public static string Title(string command, int toStatus, CultureInfo? culture) => command switch
    {
        JournalKinds.SubmitOnline => Text.Pick(culture, "Nộp hồ sơ trực tuyến", "Submitted online"),
        JournalKinds.ReceiveAtDesk => Text.Pick(culture, "Nộp hồ sơ tại Bộ phận một cửa", "Filed at the one-stop desk"),
        JournalKinds.ReceiveByPost => Text.Pick(culture, "Nhận hồ sơ qua bưu chính", "Received by post"),
        JournalKinds.Accept => Text.Pick(culture, "Hồ sơ được tiếp nhận", "Dossier accepted"),
        JournalKinds.AskToComplete => Text.Pick(culture, "Yêu cầu hoàn thiện hồ sơ", "Asked to complete the dossier"),
        JournalKinds.RefuseIntake => Text.Pick(culture, "Từ chối tiếp nhận hồ sơ", "Dossier refused at intake"),
        JournalKinds.Resubmit => Text.Pick(culture, "Nộp lại hồ sơ đã hoàn thiện", "Completed dossier filed again"),
        JournalKinds.RequestSupplement => Text.Pick(culture, "Yêu cầu bổ sung hồ sơ", "Supplement requested"),
        JournalKinds.SupplementReceived => Text.Pick(culture, "Đã nhận hồ sơ bổ sung", "Supplement received"),
        JournalKinds.PaymentConfirmed => Text.Pick(culture, "Đã xác nhận nộp phí, lệ phí, nghĩa vụ tài chính", "Payment confirmed"),
        JournalKinds.Extend => Text.Pick(culture, "Gia hạn thời gian giải quyết", "Processing time extended"),
        JournalKinds.Apologise => Text.Pick(culture, "Thư xin lỗi và hẹn lại ngày trả kết quả", "Apology and new appointment"),
        JournalKinds.Withdraw => Text.Pick(culture, "Rút hồ sơ", "Dossier withdrawn"),
        JournalKinds.Stop => Text.Pick(culture, "Dừng xử lý hồ sơ", "Processing stopped"),
        JournalKinds.CitizenDeadlinePassed => Text.Pick(culture, "Quá hạn bổ sung hồ sơ hoặc nộp tiền", "The deadline to supplement or pay passed"),
        JournalKinds.End => Text.Pick(culture, "Hoàn tất hồ sơ", "Dossier closed"),
        _ => StatusName(toStatus, culture),
    };

    public static string StatusName(int code, CultureInfo? culture) =>
        Text.Pick(culture, DossierStatusRules.VietnameseName(code), DossierStatusRules.EnglishName(code));
}
