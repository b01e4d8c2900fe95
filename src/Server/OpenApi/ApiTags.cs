namespace Workflow.Server.OpenApi;

/// <summary>What each group of operations is for, shown beside the group in the reference.</summary>
public static class ApiTags
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Tài khoản / Account"] = "Đăng nhập bằng cookie hoặc mã Bearer, làm mới mã, mã chống giả mạo. / Signing in by cookie or bearer token, refreshing, antiforgery tokens.",
        ["Vận hành / Operations"] = "Kiểm tra sẵn sàng và còn sống cho bộ cân bằng tải. / Readiness and liveness for load balancers.",
        ["Công khai / Public"] = "Dành cho mọi người, không cần tài khoản, giới hạn số yêu cầu theo địa chỉ: danh mục thủ tục, nộp trực tuyến, tra cứu, tải giấy tờ, thanh toán, đánh giá. / For anyone, without an account, rate-limited per address: the catalogue, online filing, tracking, uploads, payments, ratings.",
        ["Một cửa / Desk"] = "Bộ phận một cửa: tiếp nhận, yêu cầu bổ sung, từ chối, nhận phí, trả kết quả, bưu chính. / The one-stop desk: receiving, supplements, refusals, fees, returning results, post.",
        ["Công việc / Tasks"] = "Hộp công việc của cán bộ và các thao tác trên một công việc. / Officers' inbox and what they do with a task.",
        ["Lãnh đạo / Heads"] = "Lãnh đạo đơn vị: phân công, xin lỗi và hẹn lại, gia hạn, dừng xử lý. / Unit heads: assigning, apologising with a new appointment, extending, stopping.",
        ["Hồ sơ / Dossiers"] = "Tìm và đọc hồ sơ trong phạm vi đơn vị. / Searching and reading dossiers within one's units.",
        ["Giấy tờ / Documents"] = "Biểu mẫu đã lập, kiểm tra nguyên vẹn và chữ ký số; tệp công dân đã nộp. / Issued forms, checked for integrity and signature; files citizens submitted.",
        ["Kiểm tra / Audit"] = "Nhật ký có chuỗi băm và các lần chuyển giao, chỉ đọc. / The hash-chained journal and handoffs, read-only.",
        ["Báo cáo / Reports"] = "Báo cáo tình hình giải quyết hồ sơ, chỉ số đánh giá, danh sách hồ sơ sau mỗi số liệu và tệp Excel, cùng số liệu với trang báo cáo; lãnh đạo xem đơn vị mình, kiểm tra viên xem mọi đơn vị. / The dossier report, the evaluation indicators, the dossiers behind each figure and the Excel file, with the dashboard's figures; leaders read their units, auditors every unit.",
        ["Công dân / Citizens"] = "Công dân đăng nhập bằng định danh điện tử (cookie riêng của công dân): hồ sơ của tôi, nộp trực tuyến với danh tính đã xác thực. / Citizens signed in with their electronic identity (the citizen cookie only): my dossiers, filing online with the verified identity.",
        ["Kết quả / Results"] = "Kết quả điện tử: lập từ mẫu hoặc đính kèm, ký số, trả theo cách công dân chọn, thu hồi; công dân tải về khi đã chứng minh như tra cứu. / Electronic results: generated or attached, signed, delivered the way the citizen chose, revoked; citizens download them after the tracking proof.",
        ["Kho dữ liệu điện tử / Data store"] = "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân: kết quả đã ký của người nộp, dùng lại thay giấy tờ khi tiếp nhận; cán bộ xem qua hồ sơ của đơn vị mình, công dân xem khi đã chứng minh như tra cứu; mọi lần xem được ghi nhật ký. / The electronic data store: the signed results of the applicant, reused for papers at intake; officers read it through a dossier of their units, citizens after the tracking proof; every reading is journaled.",
        ["Số hóa / Digitisation"] = "Số hóa hồ sơ khi tiếp nhận: tệp quét của thành phần hồ sơ giấy, ký chứng thực bản sao điện tử từ bản chính; thành phần nộp điện tử được ghi nhận như vậy. / Digitisation at receipt: scans of paper components, signed as certified electronic copies from the original; components filed electronically are recorded as such.",
        ["Thanh toán / Payments"] = "Kết quả ký HMAC từ cổng thanh toán. / The payment gateway's HMAC-signed results.",
        ["Phản ánh, kiến nghị / Feedback"] = "Phản ánh, kiến nghị của người dân: gửi, theo dõi, trả lời, công khai. / Citizens' feedback: sending, following, answering, publishing.",
        ["Thiết kế quy trình / Designer"] = "Phiên bản định nghĩa thủ tục: đọc, lưu nháp, kiểm tra, ban hành. / Procedure definition versions: reading, drafting, validating, publishing.",
        ["Chuyển phiên bản / Migrations"] = "Chuyển hồ sơ đang chạy sang phiên bản mới của thủ tục. / Moving running dossiers to a procedure's newer version.",
        ["Quản trị / Administration"] = "Đơn vị, tài khoản, vai trò theo thời kỳ và lịch làm việc. / Units, accounts, effective-dated roles and the working calendar.",
    };
}
