using System.Globalization;
using Workflow.Designer.Workspace;
using Workflow.Engine.Definitions.Model;
using static Workflow.Designer.Localization.DesignerText;

namespace Workflow.Designer.Localization;

/// <summary>How the designer names the words of the definition format (kinds, units, modes) to a person.</summary>
public static class Labels
{
    public static string StepKind(string? kind) => kind switch
    {
        "task" => T("Công việc", "Task"),
        "parallel" => T("Song song", "Parallel"),
        "join" => T("Hợp nhất", "Join"),
        "decision" => T("Rẽ nhánh", "Decision"),
        "wait" => T("Chờ công dân", "Wait for citizen"),
        "file" => T("Lập hồ sơ liên thông", "File a linked dossier"),
        "end" => T("Kết thúc", "End"),
        _ => kind ?? "?",
    };

    public static string StepKind(Engine.Definitions.Model.StepKind kind) => StepKind(Editing.JsonWords.Of(kind));

    public static string OutcomeKind(OutcomeKind kind) => kind switch
    {
        Engine.Definitions.Model.OutcomeKind.Approve => T("Đồng ý, chuyển tiếp", "Approve"),
        Engine.Definitions.Model.OutcomeKind.Forward => T("Chuyển xử lý", "Forward"),
        Engine.Definitions.Model.OutcomeKind.Rework => T("Trả lại làm lại", "Rework"),
        Engine.Definitions.Model.OutcomeKind.Supplement => T("Yêu cầu bổ sung", "Request supplement"),
        Engine.Definitions.Model.OutcomeKind.Consult => T("Xin ý kiến", "Consult"),
        Engine.Definitions.Model.OutcomeKind.Reject => T("Từ chối", "Reject"),
        _ => T("Dừng xử lý", "Stop"),
    };

    public static string DurationUnit(Engine.Deadlines.DurationUnit unit) => unit switch
    {
        Engine.Deadlines.DurationUnit.WorkingDays => T("ngày làm việc", "working days"),
        Engine.Deadlines.DurationUnit.WorkingHours => T("giờ làm việc", "working hours"),
        Engine.Deadlines.DurationUnit.CalendarDays => T("ngày", "calendar days"),
        _ => T("trong ngày", "same day"),
    };

    public static string Duration(decimal? value, string? unit)
    {
        if (value is null || Editing.JsonWords.Parse<Engine.Deadlines.DurationUnit>(unit) is not { } parsed)
        {
            return "";
        }

        return parsed == Engine.Deadlines.DurationUnit.SameDay ? T("Trong ngày", "Same day") : $"{Number(value.Value)} {DurationUnit(parsed)}";
    }

    public static string Phase(StepPhase phase) => phase switch
    {
        StepPhase.Intake => T("Tiếp nhận", "Intake"),
        StepPhase.Return => T("Trả kết quả", "Return"),
        _ => T("Giải quyết", "Processing"),
    };

    public static string JoinMode(JoinMode mode) => mode switch
    {
        Engine.Definitions.Model.JoinMode.All => T("Chờ đủ tất cả các nhánh", "All branches"),
        Engine.Definitions.Model.JoinMode.Any => T("Nhánh đầu tiên xong", "First branch"),
        _ => T("Đủ số nhánh", "A number of branches"),
    };

    public static string DeadlineEffect(ConsultationDeadlineEffect effect) => effect switch
    {
        ConsultationDeadlineEffect.AssumeAgreement => T("Quá hạn không có ý kiến thì coi như đồng ý", "Silence is agreement"),
        ConsultationDeadlineEffect.Escalate => T("Báo lãnh đạo đơn vị xin ý kiến", "Tell the head of the asking unit"),
        _ => T("Tiếp tục chờ, đánh dấu quá hạn", "Keep waiting, flagged overdue"),
    };

    public static string ExpiryEffect(CitizenDeadlineEffect effect) => effect switch
    {
        CitizenDeadlineEffect.Stop => T("Dừng giải quyết hồ sơ (thông báo dừng)", "Stop processing (notice of stopping)"),
        _ => T("Trả lại hồ sơ (văn bản nêu lý do)", "Return the dossier (written reason)"),
    };

    public static string WaitReason(WaitReason reason) => reason switch
    {
        Engine.Definitions.Model.WaitReason.Supplement => T("Bổ sung hồ sơ", "Supplementary documents"),
        Engine.Definitions.Model.WaitReason.Payment => T("Nộp phí, lệ phí", "Payment of fees"),
        _ => T("Nghĩa vụ tài chính", "Financial obligations"),
    };

    public static string Await(ChildAwait awaited) => awaited switch
    {
        ChildAwait.None => T("Không chờ", "Do not wait"),
        ChildAwait.Ended => T("Chờ đến khi hồ sơ liên thông kết thúc", "Wait until the linked dossier ends"),
        _ => T("Chờ đến khi có kết quả", "Wait for its result"),
    };

    public static string Clock(ClockEffect clock) => clock switch
    {
        ClockEffect.Run => T("Vẫn tính thời gian", "Clock keeps running"),
        ClockEffect.Pause => T("Tạm dừng tính thời gian", "Clock paused"),
        _ => T("Tính lại từ đầu", "Clock restarts"),
    };

    public static string EndResult(EndResult result) => result switch
    {
        Engine.Definitions.Model.EndResult.Issued => T("Đã có kết quả", "Issued"),
        Engine.Definitions.Model.EndResult.Refused => T("Từ chối giải quyết", "Refused"),
        Engine.Definitions.Model.EndResult.Stopped => T("Dừng xử lý", "Stopped"),
        _ => T("Công dân rút hồ sơ", "Withdrawn"),
    };

    public static string Level(ProcedureLevel level) => level switch
    {
        ProcedureLevel.Province => T("Cấp tỉnh", "Province"),
        ProcedureLevel.District => T("Cấp huyện (trước 01/07/2025)", "District (before 1 July 2025)"),
        _ => T("Cấp xã", "Commune"),
    };

    public static string OnlineMode(OnlineMode mode) => mode switch
    {
        Engine.Definitions.Model.OnlineMode.Full => T("Toàn trình", "Full"),
        Engine.Definitions.Model.OnlineMode.Partial => T("Một phần", "Partial"),
        _ => T("Không trực tuyến", "None"),
    };

    public static string Channel(Channel channel) => channel switch
    {
        Engine.Definitions.Model.Channel.Desk => T("Trực tiếp", "At the desk"),
        Engine.Definitions.Model.Channel.Online => T("Trực tuyến", "Online"),
        _ => T("Bưu chính", "By post"),
    };

    public static string FeeKind(FeeKind kind) => kind == Engine.Definitions.Model.FeeKind.Charge ? T("Lệ phí", "Charge") : T("Phí", "Fee");

    public static string VersionStatus(VersionStatus status) => status switch
    {
        Workspace.VersionStatus.Draft => T("Bản nháp", "Draft"),
        Workspace.VersionStatus.Published => T("Đã ban hành", "Published"),
        _ => T("Không đọc được", "Unreadable"),
    };

    public static string Number(decimal value) =>
        value.ToString(value == decimal.Truncate(value) ? "0" : "0.##", IsEnglish ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("vi-VN"));

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset instant) => Engine.Calendars.VietnamTime.Format(instant);

    public static string Money(decimal amount) =>
        amount.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN")) + " đ";
}
