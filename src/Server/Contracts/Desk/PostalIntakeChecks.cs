using Workflow.Engine.Definitions.Model;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Problems;

namespace Workflow.Server.Contracts.Desk;

/// <summary>
/// The postal fields of a desk receipt, as the postal intake page takes them: a dossier by post
/// needs its waybill (and may give when the handover record was signed); a desk receipt has neither,
/// and sending them is refused rather than dropped without a word.
/// </summary>
public static class PostalIntakeChecks
{
    public static RequestCheck Postal(this RequestCheck check, ReceiveDossierRequest request)
    {
        if (request.Channel == Channel.Post)
        {
            return check
                .That(!string.IsNullOrWhiteSpace(request.Waybill), "waybill",
                    $"Hồ sơ nhận qua bưu chính cần số vận đơn: ghi \"waybill\" (tối đa {InputLimits.Waybill} ký tự).",
                    $"A dossier received by post needs its waybill number: give \"waybill\" (at most {InputLimits.Waybill} characters).")
                .MaxLength(request.Waybill?.Trim(), "waybill", InputLimits.Waybill);
        }

        return check
            .That(request.Waybill is null, "waybill",
                "\"waybill\" chỉ dùng cho hồ sơ nhận qua bưu chính: bỏ trường này, hoặc chọn kênh \"post\".",
                "\"waybill\" is only for dossiers received by post: leave it out, or choose the \"post\" channel.")
            .That(request.FiledAt is null, "filedAt",
                "\"filedAt\" là thời điểm ký biên bản giao nhận với bưu chính, chỉ dùng cho kênh \"post\"; hồ sơ nộp tại quầy được tính nộp lúc tiếp nhận: bỏ trường này.",
                "\"filedAt\" is when the postal handover record was signed and is only for the \"post\" channel; a desk dossier is filed when it is received: leave it out.");
    }
}
