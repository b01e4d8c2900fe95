using System.Globalization;
using Workflow.Engine.Calendars;
using Workflow.Engine.Documents;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Localization;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Results;

/// <summary>
/// A stored result checked as it is read: its bytes against the hash recorded when it was issued (in
/// the row and in the dossier's journal), its signature against those bytes and the certificate that
/// signed it, revocation and validity. <see cref="Sentence"/> says in words why it is refused.
/// </summary>
public sealed record ResultCheck(ResultStanding Standing, string? SignatureNote, ElectronicResultRecord Record)
{
    /// <summary>Whether the file may be handed out: valid, or expired (still the true document, marked as expired).</summary>
    public bool CanDownload => Standing is ResultStanding.Valid or ResultStanding.Expired;

    public static ResultCheck Of(ElectronicResultRecord record, string? journalHash, DateOnly today)
    {
        var actual = DocumentHash.Of(record.Content);
        if (actual != record.ContentHash || (journalHash is not null && actual != journalHash))
        {
            return new ResultCheck(ResultStanding.Tampered, null, record);
        }

        if (record.RevokedAt is not null)
        {
            return new ResultCheck(ResultStanding.Revoked, null, record);
        }

        if (record.Signature is not { } signature)
        {
            return new ResultCheck(ResultStanding.Unsigned, null, record);
        }

        var verification = new SignatureVerifier().Verify(record.Content, signature);
        if (!verification.IsValid || verification.CertificateThumbprint != record.SignerThumbprint)
        {
            return new ResultCheck(ResultStanding.Tampered, verification.Describe(), record);
        }

        return new ResultCheck(record.ValidTo is { } to && today > to ? ResultStanding.Expired : ResultStanding.Valid, verification.Describe(), record);
    }

    /// <summary>The standing in a sentence: what the result is worth and, when refused, why and what to do.</summary>
    public string Sentence(CultureInfo? culture = null) => Standing switch
    {
        ResultStanding.Valid => Text.Pick(culture,
            $"Kết quả có chữ ký số hợp lệ, còn hiệu lực{Until(culture)}.",
            $"The result carries a valid digital signature and is in force{Until(culture)}."),
        ResultStanding.Expired => Text.Pick(culture,
            $"Kết quả có chữ ký số hợp lệ nhưng đã hết hiệu lực từ sau ngày {Day(Record.ValidTo)}.",
            $"The result's signature is valid, but it expired after {Day(Record.ValidTo)}."),
        ResultStanding.Revoked => Text.Pick(culture,
            $"Kết quả đã bị thu hồi lúc {At(Record.RevokedAt)}: {Record.RevocationReason}. Kết quả này không còn giá trị; liên hệ cơ quan đã cấp nếu cần biết thêm.",
            $"The result was revoked at {At(Record.RevokedAt)}: {Record.RevocationReason}. It is no longer valid; ask the issuing agency for more."),
        ResultStanding.Unsigned => Text.Pick(culture,
            "Kết quả chưa được ký số nên chưa có giá trị; chờ cơ quan giải quyết ký rồi trả kết quả.",
            "The result is not signed yet, so it has no standing; wait until the agency signs and delivers it."),
        _ => Text.Pick(culture,
            "Không cung cấp tệp kết quả: tệp đang lưu khác với tệp đã ký (đã bị thay đổi) hoặc chữ ký không còn khớp. Hãy báo cho cơ quan đã cấp để kiểm tra.",
            "The result file is withheld: the stored file differs from the one signed (it was altered) or its signature no longer matches. Tell the issuing agency so it can check."),
    };

    private string Until(CultureInfo? culture) =>
        Record.ValidTo is { } to ? Text.Pick(culture, $" đến hết ngày {VietnamTime.FormatDate(to)}", $" until the end of {VietnamTime.FormatDate(to)}") : "";

    private static string Day(DateOnly? date) => date is { } value ? VietnamTime.FormatDate(value) : "";

    private static string At(DateTime? utc) =>
        utc is { } value ? VietnamTime.Format(VietnamTime.ToLocal(new DateTimeOffset(value, TimeSpan.Zero))) : "";
}
