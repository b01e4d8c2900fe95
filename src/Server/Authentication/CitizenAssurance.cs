using Workflow.Engine.Definitions.Model;
using Workflow.Server.Localization;

namespace Workflow.Server.Authentication;

/// <summary>
/// Whether a citizen's sign-in is strong enough to submit a procedure online: a procedure that asks
/// for a minimum level of assurance refuses a weaker sign-in, and anyone not signed in.
/// </summary>
public static class CitizenAssurance
{
    public const string RefusalCode = "assurance-too-low";

    /// <summary>The sentence that refuses the submission; null when the sign-in is strong enough.</summary>
    public static string? Refusal(ProcedureDefinition definition, CitizenIdentity? citizen)
    {
        if (definition.MinimumAssuranceLevel is not { } required || (citizen?.Level ?? 0) >= required)
        {
            return null;
        }

        return citizen is null
            ? Language.Pick(
                $"Thủ tục này chỉ nhận hồ sơ trực tuyến khi Ông/Bà đăng nhập bằng định danh điện tử mức {required} trở lên; hãy đăng nhập bằng định danh điện tử rồi nộp lại, hoặc nộp tại Bộ phận một cửa.",
                $"This procedure accepts online submissions only from someone signed in with an electronic identity of level {required} or higher; sign in with your electronic identity and submit again, or file at the one-stop desk.")
            : Language.Pick(
                $"Thủ tục này yêu cầu định danh điện tử mức {required} trở lên, Ông/Bà đang đăng nhập ở mức {citizen.Level}; hãy đăng xuất rồi đăng nhập lại bằng phương thức xác thực mạnh hơn (ví dụ tài khoản định danh điện tử mức {required}), hoặc nộp tại Bộ phận một cửa.",
                $"This procedure requires an electronic identity of level {required} or higher and you signed in at level {citizen.Level}; sign out and sign in again with a stronger method (an electronic identity account of level {required}, for example), or file at the one-stop desk.");
    }
}
