using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Time.Testing;
using Workflow.Engine.Documents.Forms.Samples;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Localization;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Documents;

/// <summary>Documents are signed with detached CMS signatures, and verification tells every kind of failure apart.</summary>
public class SignatureTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 1, 45, 10, TimeSpan.Zero);
    private readonly TemporaryFolder _folder = new("wf-sign");
    private readonly FakeTimeProvider _time = new(Now);

    public void Dispose() => _folder.Dispose();

    private SigningCertificateProvider Provider() => new(new SigningCertificateOptions { DataFolder = _folder.Path }, _time);

    private static byte[] Document() => RepositoryForms.Renderer.Render(SampleFormData.Receipt).ToBytes();

    private static X509Certificate2 OtherCertificate(string subject = "CN=Nguyễn Văn Khác, O=Đơn vị khác, C=VN")
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(Now.AddDays(-1), Now.AddYears(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    [Fact]
    public void A_signed_document_verifies_and_names_its_signer_time_and_demo_certificate()
    {
        var certificate = Provider().GetCertificate();
        var document = Document();

        var signature = new DocumentSigner(certificate, _time).Sign(document);
        var result = new SignatureVerifier().Verify(document, signature, certificate);

        Assert.Equal(SignatureVerdict.Valid, result.Verdict);
        Assert.True(result.IsValid);
        Assert.Contains("CN=Chữ ký số thử nghiệm", result.SignerSubject);
        Assert.Contains("O=Hệ thống một cửa (demo)", result.SignerSubject);
        Assert.Equal(Now, result.SigningTime);
        Assert.Equal(certificate.GetCertHashString(HashAlgorithmName.SHA256), result.CertificateThumbprint);
        Assert.True(result.IsDemoCertificate);
        Assert.True(result.IsSelfSigned);
        Assert.False(result.ChainsToTrustedRoot);
        Assert.True(result.CertificateValidAtSigningTime);
        var sentence = result.Describe(Text.Vietnamese);
        Assert.StartsWith("HỢP LỆ:", sentence);
        Assert.Contains("08:45:10 26/11/2026", sentence);
        Assert.Contains("chứng thư thử nghiệm", sentence);
        Assert.StartsWith("VALID:", result.Describe(Text.English));
    }

    [Fact]
    public void The_signature_is_detached_sha256_with_a_signing_time()
    {
        var certificate = Provider().GetCertificate();
        var signature = new DocumentSigner(certificate, _time).Sign(Document());

        var cms = new System.Security.Cryptography.Pkcs.SignedCms();
        cms.Decode(signature);

        // Detached: the document is not inside the signature.
        Assert.Empty(cms.ContentInfo.Content);
        var signer = Assert.Single(cms.SignerInfos.Cast<System.Security.Cryptography.Pkcs.SignerInfo>());
        Assert.Equal("2.16.840.1.101.3.4.2.1", signer.DigestAlgorithm.Value);
        Assert.Contains(signer.SignedAttributes.Cast<CryptographicAttributeObject>(), a => a.Oid.Value == "1.2.840.113549.1.9.5");
        Assert.Equal(certificate.Thumbprint, signer.Certificate!.Thumbprint);
    }

    [Fact]
    public void Changing_one_byte_of_the_document_is_reported_as_altered()
    {
        var certificate = Provider().GetCertificate();
        var document = Document();
        var signature = new DocumentSigner(certificate, _time).Sign(document);
        var tampered = (byte[])document.Clone();
        var at = Array.IndexOf(tampered, (byte)'7', tampered.Length / 2);
        tampered[at] = (byte)'8';

        var result = new SignatureVerifier().Verify(tampered, signature, certificate);

        Assert.Equal(SignatureVerdict.DocumentAltered, result.Verdict);
        Assert.False(result.IsValid);
        Assert.Contains("tài liệu đã bị thay đổi sau khi ký", result.Describe(Text.Vietnamese));
        Assert.Contains("CN=Chữ ký số thử nghiệm", result.SignerSubject);
    }

    [Fact]
    public void A_damaged_signature_value_is_reported_as_corrupt_not_as_an_altered_document()
    {
        var certificate = Provider().GetCertificate();
        var document = Document();
        var signature = new DocumentSigner(certificate, _time).Sign(document);
        // The signature value is the last field of the CMS structure: flip its final byte.
        signature[^1] ^= 0x5A;

        var result = new SignatureVerifier().Verify(document, signature, certificate);

        Assert.Equal(SignatureVerdict.SignatureCorrupt, result.Verdict);
        Assert.Contains("tệp chữ ký bị hỏng", result.Describe(Text.Vietnamese));
    }

    [Fact]
    public void A_signature_that_embeds_its_content_is_checked_against_the_given_document()
    {
        var certificate = Provider().GetCertificate();
        var document = Document();
        var attached = new System.Security.Cryptography.Pkcs.SignedCms(new System.Security.Cryptography.Pkcs.ContentInfo(document), detached: false);
        attached.ComputeSignature(new System.Security.Cryptography.Pkcs.CmsSigner(certificate), silent: true);
        var signature = attached.Encode();
        var other = (byte[])document.Clone();
        other[10] ^= 1;

        Assert.Equal(SignatureVerdict.Valid, new SignatureVerifier().Verify(document, signature).Verdict);
        Assert.Equal(SignatureVerdict.DocumentAltered, new SignatureVerifier().Verify(other, signature).Verdict);
    }

    [Fact]
    public void Bytes_that_are_not_a_cms_signature_are_reported_as_corrupt()
    {
        var document = Document();

        var garbage = new SignatureVerifier().Verify(document, "not a signature"u8.ToArray());
        var truncated = new SignatureVerifier().Verify(document, new DocumentSigner(Provider().GetCertificate(), _time).Sign(document)[..200]);

        Assert.Equal(SignatureVerdict.SignatureCorrupt, garbage.Verdict);
        Assert.Equal(SignatureVerdict.SignatureCorrupt, truncated.Verdict);
        Assert.Null(garbage.SignerSubject);
        Assert.Contains("CMS/PKCS#7", garbage.Describe(Text.Vietnamese));
    }

    [Fact]
    public void A_signature_by_another_certificate_is_distinguished()
    {
        var expected = Provider().GetCertificate();
        var other = OtherCertificate();
        var document = Document();
        var signature = new DocumentSigner(other, _time).Sign(document);

        var result = new SignatureVerifier().Verify(document, signature, expected);
        var withoutExpectation = new SignatureVerifier().Verify(document, signature);

        Assert.Equal(SignatureVerdict.UnexpectedSigner, result.Verdict);
        Assert.Contains("Nguyễn Văn Khác", result.SignerSubject);
        Assert.Equal(expected.GetCertHashString(HashAlgorithmName.SHA256), result.ExpectedThumbprint);
        Assert.Contains("không phải chứng thư mong đợi", result.Describe(Text.Vietnamese));
        Assert.Equal(SignatureVerdict.Valid, withoutExpectation.Verdict);
        Assert.False(withoutExpectation.IsDemoCertificate);
        Assert.True(withoutExpectation.IsSelfSigned);
        Assert.Contains("chứng thư tự cấp", withoutExpectation.Describe(Text.Vietnamese));
    }

    [Fact]
    public void The_demo_certificate_is_created_once_and_reused()
    {
        var first = Provider();
        var certificate = first.GetCertificate();

        var again = Provider().GetCertificate();

        Assert.True(first.UsesDemoCertificate);
        Assert.True(certificate.HasPrivateKey);
        Assert.Equal(certificate.Thumbprint, again.Thumbprint);
        Assert.Equal(certificate.Thumbprint, first.GetCertificate().Thumbprint);
        Assert.Equal(DemoCertificate.RsaKeySize, certificate.GetRSAPublicKey()!.KeySize);
        Assert.True(DemoCertificate.IsDemo(certificate));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(first.DemoPfxPath)!, "*.pfx"));
        Assert.Equal(certificate.Thumbprint, X509CertificateLoader.LoadCertificateFromFile(first.DemoCertificatePath).Thumbprint);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first.DemoPfxPath));
        }
    }

    [Fact]
    public void Providers_racing_to_create_the_demo_certificate_end_with_one()
    {
        var thumbprints = Enumerable.Range(0, 4).AsParallel().Select(_ => Provider().GetCertificate().Thumbprint).ToList();

        Assert.Single(thumbprints.Distinct());
        Assert.Single(Directory.GetFiles(Path.Combine(_folder.Path, SigningCertificateProvider.SigningFolder), "*.pfx"));
    }

    [Fact]
    public void An_expired_demo_certificate_is_kept_aside_and_replaced()
    {
        var old = Provider().GetCertificate();
        _time.Advance(DemoCertificate.Lifetime + TimeSpan.FromDays(2));

        var renewed = Provider().GetCertificate();

        Assert.NotEqual(old.Thumbprint, renewed.Thumbprint);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_folder.Path, SigningCertificateProvider.SigningFolder), "*.pfx").Length);
    }

    [Fact]
    public void A_configured_pfx_is_used_and_a_wrong_password_is_explained()
    {
        var other = OtherCertificate("CN=Ủy ban nhân dân phường Tân Phú, C=VN");
        var pfx = Path.Combine(_folder.Path, "unit.pfx");
        File.WriteAllBytes(pfx, other.Export(X509ContentType.Pkcs12, "mật-khẩu"));

        var provider = new SigningCertificateProvider(new SigningCertificateOptions { DataFolder = _folder.Path, PfxPath = pfx, PfxPassword = "mật-khẩu" }, _time);
        var wrong = new SigningCertificateProvider(new SigningCertificateOptions { DataFolder = _folder.Path, PfxPath = pfx, PfxPassword = "sai" }, _time);
        var missing = new SigningCertificateProvider(new SigningCertificateOptions { DataFolder = _folder.Path, PfxPath = pfx + ".x" }, _time);

        Assert.False(provider.UsesDemoCertificate);
        Assert.Equal(other.Thumbprint, provider.GetCertificate().Thumbprint);
        Assert.True(provider.GetCertificate().HasPrivateKey);
        Assert.Contains("mật khẩu sai", Assert.Throws<SigningCertificateException>(() => wrong.GetCertificate(Text.Vietnamese)).Message);
        Assert.Contains("does not exist", Assert.Throws<SigningCertificateException>(() => missing.GetCertificate(Text.English)).Message);
        Assert.False(File.Exists(provider.DemoPfxPath));
    }

    [Fact]
    public void A_certificate_without_its_private_key_cannot_sign()
    {
        var publicOnly = X509CertificateLoader.LoadCertificate(Provider().GetCertificate().Export(X509ContentType.Cert));

        Assert.Throws<ArgumentException>(() => new DocumentSigner(publicOnly));
    }
}
