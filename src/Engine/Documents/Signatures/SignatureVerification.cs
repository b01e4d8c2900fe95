using Workflow.Engine.Calendars;
using System.Globalization;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Documents.Signatures;

/// <summary>
/// The result of checking a document against a detached signature: the verdict, who signed and
/// when, and how far the signer's certificate can be trusted. <see cref="Describe"/> says it all
/// in plain sentences; nothing found is left out.
/// </summary>
public sealed record SignatureVerification
{
    public required SignatureVerdict Verdict { get; init; }

    public bool IsValid => Verdict == SignatureVerdict.Valid;

    /// <summary>The signer's certificate subject, when the signature could be read that far.</summary>
    public string? SignerSubject { get; init; }

    /// <summary>The signing time the signer stated (a signed attribute; not a trusted timestamp).</summary>
    public DateTimeOffset? SigningTime { get; init; }

    /// <summary>SHA-256 fingerprint of the signer's certificate, upper-case hex.</summary>
    public string? CertificateThumbprint { get; init; }

    /// <summary>SHA-256 fingerprint of the certificate that was expected to sign, when one was given.</summary>
    public string? ExpectedThumbprint { get; init; }

    /// <summary>The certificate is issued by itself rather than by a certification authority.</summary>
    public bool IsSelfSigned { get; init; }

    /// <summary>The certificate is this system's own demo certificate.</summary>
    public bool IsDemoCertificate { get; init; }

    /// <summary>The certificate chains to a root this machine trusts.</summary>
    public bool ChainsToTrustedRoot { get; init; }

    /// <summary>Whether the certificate was within its validity period at the stated signing time; null when unknown.</summary>
    public bool? CertificateValidAtSigningTime { get; init; }

    /// <summary>The technical reason behind a failure (e.g. the decoder's message), for the record.</summary>
    public string? Detail { get; init; }

    /// <summary>The verdict and every caveat, in sentences.</summary>
    public string Describe(CultureInfo? culture = null)
    {
        var sentences = new List<string>();
        var signer = SignerSubject is null ? null : Text.Pick(culture,
            $"Người ký: {SignerSubject}; dấu vân tay chứng thư (SHA-256): {CertificateThumbprint}.",
            $"Signer: {SignerSubject}; certificate fingerprint (SHA-256): {CertificateThumbprint}.");
        switch (Verdict)
        {
            case SignatureVerdict.Valid:
                sentences.Add(Text.Pick(culture,
                    "HỢP LỆ: chữ ký đúng và tài liệu không bị thay đổi kể từ khi ký.",
                    "VALID: the signature is correct and the document has not changed since it was signed."));
                break;
            case SignatureVerdict.DocumentAltered:
                sentences.Add(Text.Pick(culture,
                    "KHÔNG HỢP LỆ: tài liệu đã bị thay đổi sau khi ký — mã băm của tài liệu không khớp với mã băm được ký.",
                    "INVALID: the document was changed after it was signed — its hash does not match the hash that was signed."));
                break;
            case SignatureVerdict.SignatureCorrupt:
                sentences.Add(Text.Pick(culture,
                    "KHÔNG HỢP LỆ: tệp chữ ký bị hỏng hoặc không phải chữ ký CMS/PKCS#7, nên không chứng minh được điều gì về tài liệu.",
                    "INVALID: the signature file is damaged or is not a CMS/PKCS#7 signature, so it proves nothing about the document."));
                break;
            case SignatureVerdict.UnexpectedSigner:
                sentences.Add(Text.Pick(culture,
                    $"KHÔNG HỢP LỆ: tài liệu khớp với chữ ký nhưng người ký không phải chứng thư mong đợi (dấu vân tay {ExpectedThumbprint}).",
                    $"INVALID: the document matches the signature, but it was not signed with the expected certificate (fingerprint {ExpectedThumbprint})."));
                break;
        }

        if (signer is not null)
        {
            sentences.Add(signer);
        }

        if (SigningTime is { } signedAt)
        {
            sentences.Add(Text.Pick(culture,
                $"Thời điểm ký (do người ký ghi): {VietnamTime.ToLocal(signedAt):HH:mm:ss dd/MM/yyyy} (giờ Việt Nam).",
                $"Signing time (as stated by the signer): {VietnamTime.ToLocal(signedAt):HH:mm:ss dd/MM/yyyy} (Vietnam time)."));
        }

        if (Verdict == SignatureVerdict.SignatureCorrupt || Verdict == SignatureVerdict.DocumentAltered)
        {
            if (Detail is not null)
            {
                sentences.Add(Text.Pick(culture, $"Chi tiết: {Detail}", $"Detail: {Detail}"));
            }
        }

        if (SignerSubject is not null && Verdict != SignatureVerdict.SignatureCorrupt)
        {
            if (IsDemoCertificate)
            {
                sentences.Add(Text.Pick(culture,
                    "Lưu ý: đây là chứng thư thử nghiệm tự cấp của hệ thống (demo); chữ ký chỉ chứng minh tài liệu nguyên vẹn, không có giá trị pháp lý.",
                    "Note: this is the system's self-signed demo certificate; the signature proves integrity only and has no legal standing."));
            }
            else if (IsSelfSigned)
            {
                sentences.Add(Text.Pick(culture,
                    "Lưu ý: chứng thư tự cấp, không do tổ chức cung cấp dịch vụ chứng thực chữ ký số cấp.",
                    "Note: the certificate is self-signed, not issued by a certification authority."));
            }
            else if (!ChainsToTrustedRoot)
            {
                sentences.Add(Text.Pick(culture,
                    "Lưu ý: chứng thư không xác thực được tới một tổ chức chứng thực gốc mà máy này tin cậy.",
                    "Note: the certificate does not chain to a root authority this machine trusts."));
            }

            if (CertificateValidAtSigningTime == false)
            {
                sentences.Add(Text.Pick(culture,
                    "Cảnh báo: chứng thư không trong thời hạn hiệu lực tại thời điểm ký đã ghi.",
                    "Warning: the certificate was not within its validity period at the stated signing time."));
            }
        }

        return string.Join(" ", sentences);
    }
}
