using Workflow.Engine.Journal;
using static Workflow.Server.Components.Localization.UiText;

namespace Workflow.Server.Components.Shared;

/// <summary>The journal's command words as a history line reads them.</summary>
public static class JournalCommandNames
{
    public static string Of(string command) => command switch
    {
        JournalKinds.ReceiveAtDesk => T("Tiếp nhận tại Bộ phận một cửa", "Received at the desk"),
        JournalKinds.SubmitOnline => T("Nộp trực tuyến", "Submitted online"),
        JournalKinds.ReceiveByPost => T("Nhận qua bưu chính", "Received by post"),
        JournalKinds.Accept => T("Tiếp nhận hồ sơ", "Accepted"),
        JournalKinds.AskToComplete => T("Yêu cầu hoàn thiện hồ sơ", "Asked to complete"),
        JournalKinds.RefuseIntake => T("Từ chối tiếp nhận", "Refused at intake"),
        JournalKinds.Resubmit => T("Nộp lại hồ sơ đã hoàn thiện", "Completed dossier filed again"),
        JournalKinds.TaskCreated => T("Giao việc", "Task created"),
        JournalKinds.Handoff => T("Chuyển giao", "Handoff"),
        JournalKinds.Claim => T("Nhận xử lý", "Claimed"),
        JournalKinds.Release => T("Trả lại việc", "Released"),
        JournalKinds.Assign => T("Phân công", "Assigned"),
        JournalKinds.Delegate => T("Chuyển cho đồng nghiệp", "Delegated"),
        JournalKinds.Complete => T("Hoàn thành bước", "Step completed"),
        JournalKinds.Fork => T("Lấy ý kiến song song", "Parallel consultation"),
        JournalKinds.BranchArrived => T("Nhận ý kiến", "Opinion received"),
        JournalKinds.BranchClosed or JournalKinds.LateBranchClosed => T("Đóng nhánh", "Branch closed"),
        JournalKinds.LateContribution => T("Ý kiến sau khi đã đóng lấy ý kiến (đã lưu)", "Opinion after the consultation closed (kept)"),
        JournalKinds.ConsultationDeadlinePassed => T("Quá thời hạn lấy ý kiến", "Consultation deadline passed"),
        JournalKinds.Decision => T("Rẽ nhánh theo dữ liệu", "Decision"),
        JournalKinds.RequestSupplement => T("Yêu cầu bổ sung", "Supplement requested"),
        JournalKinds.SupplementReceived => T("Nhận hồ sơ bổ sung", "Supplement received"),
        JournalKinds.PaymentStarted => T("Bắt đầu thanh toán", "Payment started"),
        JournalKinds.PaymentConfirmed => T("Xác nhận đã nộp phí", "Payment confirmed"),
        JournalKinds.PaymentFailed => T("Thanh toán không thành công", "Payment failed"),
        JournalKinds.Extend => T("Gia hạn", "Extended"),
        JournalKinds.Apologise => T("Xin lỗi, hẹn lại ngày trả", "Apology, new appointment"),
        JournalKinds.Stop => T("Dừng xử lý", "Stopped"),
        JournalKinds.Withdraw => T("Rút hồ sơ", "Withdrawn"),
        JournalKinds.ReturnByPost => T("Trả kết quả qua bưu chính", "Returned by post"),
        JournalKinds.End => T("Kết thúc hồ sơ", "Closed"),
        JournalKinds.DocumentIssued => T("Lập giấy tờ", "Document issued"),
        JournalKinds.ResultIssued => T("Lập kết quả điện tử", "Result issued"),
        JournalKinds.ResultSigned => T("Ký số kết quả", "Result signed"),
        JournalKinds.ResultDelivered => T("Trả kết quả", "Result delivered"),
        JournalKinds.ResultRevoked => T("Thu hồi kết quả", "Result revoked"),
        JournalKinds.StepOverdue => T("Bước quá hạn", "Step overdue"),
        JournalKinds.DossierNearDue => T("Sắp đến hạn", "Near due"),
        JournalKinds.DossierOverdue => T("Hồ sơ quá hạn", "Dossier overdue"),
        JournalKinds.Migrate => T("Chuyển phiên bản quy trình", "Migrated"),
        JournalKinds.UnitSuccession => T("Chuyển sang đơn vị kế thừa", "Moved to the successor unit"),
        JournalKinds.AbsenceReassign => T("Giao lại do cán bộ vắng mặt", "Reassigned: officer absent"),
        JournalKinds.ActingFor => T("Xử lý thay theo ủy quyền hộp công việc", "Acting for a colleague (inbox delegated)"),
        JournalKinds.SignedOnBehalf => T("Ký thay theo ủy quyền", "Signed on behalf of the head"),
        JournalKinds.Rate => T("Đánh giá hài lòng", "Rated"),
        JournalKinds.ChildFiled => T("Lập hồ sơ liên thông", "Linked dossier filed"),
        JournalKinds.FiledByParent => T("Nhận hồ sơ liên thông", "Filed by a linked dossier"),
        JournalKinds.ChildEnded => T("Hồ sơ liên thông đã kết thúc", "Linked dossier ended"),
        JournalKinds.ComponentReusedFromStore => T("Dùng lại giấy tờ từ kho dữ liệu điện tử", "Paper reused from the data store"),
        JournalKinds.StoreViewed => T("Xem kho dữ liệu điện tử", "Data store viewed"),
        _ => command,
    };

    /// <summary>Commands during which the citizen is waiting or the clock is paused, restarted or moved.</summary>
    public static bool IsClockEvent(string command) => command is JournalKinds.RequestSupplement or JournalKinds.SupplementReceived or JournalKinds.PaymentStarted or JournalKinds.PaymentConfirmed
        or JournalKinds.PaymentFailed or JournalKinds.Extend or JournalKinds.Apologise or JournalKinds.AskToComplete or JournalKinds.Resubmit;
}
