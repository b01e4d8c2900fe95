using Workflow.Server.Localization;

namespace Workflow.Server.Problems;

/// <summary>The title and the default sentence of each error status, in the reader's language.</summary>
public static class ProblemTexts
{
    public static string Title(int status) => status switch
    {
        400 => Language.Pick("Yêu cầu không hợp lệ", "Invalid request"),
        401 => Language.Pick("Chưa đăng nhập", "Not signed in"),
        403 => Language.Pick("Không có quyền", "Not allowed"),
        404 => Language.Pick("Không tìm thấy", "Not found"),
        405 => Language.Pick("Phương thức không được hỗ trợ", "Method not allowed"),
        409 => Language.Pick("Xung đột trạng thái", "Conflict"),
        413 => Language.Pick("Dữ liệu gửi lên quá lớn", "Request too large"),
        415 => Language.Pick("Định dạng dữ liệu không được hỗ trợ", "Unsupported media type"),
        422 => Language.Pick("Nội dung không hợp lệ", "Unprocessable content"),
        429 => Language.Pick("Quá nhiều yêu cầu", "Too many requests"),
        503 => Language.Pick("Dịch vụ tạm thời không sẵn sàng", "Service unavailable"),
        _ when status >= 500 => Language.Pick("Lỗi máy chủ", "Server error"),
        _ => Language.Pick("Yêu cầu không thực hiện được", "Request failed"),
    };

    public static string Detail(int status) => status switch
    {
        400 => Language.Pick("Yêu cầu không hợp lệ; kiểm tra dữ liệu gửi lên.", "The request is not valid; check what was sent."),
        401 => Language.Pick("Hãy đăng nhập (cookie hoặc mã truy cập Bearer) rồi thử lại.", "Sign in (cookie or Bearer access token) and try again."),
        403 => Language.Pick("Tài khoản của bạn không có quyền thực hiện việc này.", "Your account may not do this."),
        404 => Language.Pick("Không có tài nguyên tại địa chỉ này.", "There is nothing at this address."),
        405 => Language.Pick("Địa chỉ này không nhận phương thức HTTP đã dùng.", "This address does not accept that HTTP method."),
        413 => Language.Pick("Dữ liệu gửi lên vượt quá giới hạn cho phép.", "The request body is larger than allowed."),
        415 => Language.Pick("Hãy gửi dữ liệu dạng JSON (Content-Type: application/json).", "Send JSON (Content-Type: application/json)."),
        429 => Language.Pick("Bạn gửi quá nhiều yêu cầu; đợi một lát rồi thử lại.", "Too many requests; wait a moment and try again."),
        503 => Language.Pick("Dịch vụ tạm thời không sẵn sàng; thử lại sau.", "The service is temporarily unavailable; try again later."),
        _ when status >= 500 => Language.Pick("Máy chủ gặp lỗi ngoài dự kiến; không có thay đổi nào được lưu. Báo quản trị viên mã theo dõi kèm theo.", "The server hit an unexpected error; nothing was saved. Give the administrator the trace id."),
        _ => Language.Pick("Yêu cầu không thực hiện được.", "The request could not be carried out."),
    };
}
