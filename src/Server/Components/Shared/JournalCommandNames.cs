using static Workflow.Server.Components.Localization.UiText;

namespace Workflow.Server.Components.Shared;

/// <summary>The journal's command words as a history line reads them.</summary>
public static class JournalCommandNames
{
    public static string Of(string command) => command switch
    {
        "receive-at-desk" => T("Tiếp nhận tại Bộ phận một cửa", "Received at the desk"),
        "submit-online" => T("Nộp trực tuyến", "Submitted online"),
        "receive-by-post" => T("Nhận qua bưu chính", "Received by post"),
        "accept" => T("Tiếp nhận hồ sơ", "Accepted"),
        "ask-to-complete" => T("Yêu cầu hoàn thiện hồ sơ", "Asked to complete"),
        "refuse-intake" => T("Từ chối tiếp nhận", "Refused at intake"),
        "resubmit" => T("Nộp lại hồ sơ đã hoàn thiện", "Completed dossier filed again"),
        "task-created" => T("Giao việc", "Task created"),
        "handoff" => T("Chuyển giao", "Handoff"),
        "claim" => T("Nhận xử lý", "Claimed"),
        "release" => T("Trả lại việc", "Released"),
        "assign" => T("Phân công", "Assigned"),
        "delegate" => T("Chuyển cho đồng nghiệp", "Delegated"),
        "complete" => T("Hoàn thành bước", "Step completed"),
        "fork" => T("Lấy ý kiến song song", "Parallel consultation"),
        "branch-arrived" => T("Nhận ý kiến", "Opinion received"),
        "branch-closed" or "late-branch-closed" => T("Đóng nhánh", "Branch closed"),
        "decision" => T("Rẽ nhánh theo dữ liệu", "Decision"),
        "request-supplement" => T("Yêu cầu bổ sung", "Supplement requested"),
        "supplement-received" => T("Nhận hồ sơ bổ sung", "Supplement received"),
        "payment-started" => T("Bắt đầu thanh toán", "Payment started"),
        "payment-confirmed" => T("Xác nhận đã nộp phí", "Payment confirmed"),
        "payment-failed" => T("Thanh toán không thành công", "Payment failed"),
        "extend" => T("Gia hạn", "Extended"),
        "apologise" => T("Xin lỗi, hẹn lại ngày trả", "Apology, new appointment"),
        "stop" => T("Dừng xử lý", "Stopped"),
        "withdraw" => T("Rút hồ sơ", "Withdrawn"),
        "return-by-post" => T("Trả kết quả qua bưu chính", "Returned by post"),
        "end" => T("Kết thúc hồ sơ", "Closed"),
        "document-issued" => T("Lập giấy tờ", "Document issued"),
        "step-overdue" => T("Bước quá hạn", "Step overdue"),
        "dossier-near-due" => T("Sắp đến hạn", "Near due"),
        "dossier-overdue" => T("Hồ sơ quá hạn", "Dossier overdue"),
        "migrate" => T("Chuyển phiên bản quy trình", "Migrated"),
        "rate" => T("Đánh giá hài lòng", "Rated"),
        _ => command,
    };

    /// <summary>Commands during which the citizen is waiting or the clock is paused, restarted or moved.</summary>
    public static bool IsClockEvent(string command) => command is "request-supplement" or "supplement-received" or "payment-started" or "payment-confirmed"
        or "payment-failed" or "extend" or "apologise" or "ask-to-complete" or "resubmit";
}
