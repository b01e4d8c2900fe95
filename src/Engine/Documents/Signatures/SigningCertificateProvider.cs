using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Documents.Signatures;

/// <summary>
/// Supplies the certificate that signs issued documents. With a configured PFX it loads that
/// file; without one it creates a self-signed demo certificate (RSA 3072) in the data folder
/// on first use and reuses it on every later start, so documents signed yesterday and today
/// carry the same signer. A demo certificate that has run out is kept under another name and
/// replaced by a new one.
/// </summary>
public sealed class SigningCertificateProvider
{
    public const string SigningFolder = "signing";
    public const string DemoPfxFileName = "demo-signing-certificate.pfx";
    public const string DemoCertificateFileName = "demo-signing-certificate.cer";

    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private X509Certificate2? _certificate;

    public SigningCertificateProvider(SigningCertificateOptions options, TimeProvider? time = null)
    {
        Options = options;
        _time = time ?? TimeProvider.System;
    }

    public SigningCertificateOptions Options { get; }

    public bool UsesDemoCertificate => string.IsNullOrWhiteSpace(Options.PfxPath);

    /// <summary>Where the demo certificate and its private key are kept (readable by the owner only).</summary>
    public string DemoPfxPath => Path.Combine(Options.DataFolder, SigningFolder, DemoPfxFileName);

    /// <summary>The demo certificate without its key, to hand to whoever verifies our signatures.</summary>
    public string DemoCertificatePath => Path.Combine(Options.DataFolder, SigningFolder, DemoCertificateFileName);

    /// <summary>The signing certificate, with its private key.</summary>
    public X509Certificate2 GetCertificate(CultureInfo? culture = null)
    {
        lock (_gate)
        {
            if (_certificate is null || _certificate.NotAfter.ToUniversalTime() <= _time.GetUtcNow().UtcDateTime)
            {
                _certificate = UsesDemoCertificate ? LoadOrCreateDemo(culture) : LoadConfigured(Options.PfxPath!, culture);
            }

            return _certificate;
        }
    }

    private X509Certificate2 LoadConfigured(string path, CultureInfo? culture)
    {
        if (!File.Exists(path))
        {
            throw new SigningCertificateException(Text.Pick(culture,
                $"Không tìm thấy tệp chứng thư ký số {path}. Kiểm tra đường dẫn PFX trong cấu hình, hoặc bỏ trống để dùng chứng thư thử nghiệm.",
                $"The signing certificate file {path} does not exist. Check the PFX path in the configuration, or leave it empty to use the demo certificate."));
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, Options.PfxPassword);
        }
        catch (CryptographicException ex)
        {
            throw new SigningCertificateException(Text.Pick(culture,
                $"Không mở được {path}: mật khẩu sai hoặc tệp không phải PFX (PKCS#12).",
                $"Cannot open {path}: the password is wrong or the file is not a PFX (PKCS#12)."), ex);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new SigningCertificateException(Text.Pick(culture,
                $"Tệp {path} có chứng thư {certificate.Subject} nhưng không có khóa bí mật nên không ký được.",
                $"{path} holds the certificate {certificate.Subject} but not its private key, so it cannot sign."));
        }

        return certificate;
    }

    private X509Certificate2 LoadOrCreateDemo(CultureInfo? culture)
    {
        var path = DemoPfxPath;
        if (File.Exists(path))
        {
            var existing = LoadDemo(path, culture);
            if (existing.NotAfter.ToUniversalTime() > _time.GetUtcNow().UtcDateTime)
            {
                return existing;
            }

            Retire(path, existing);
        }

        return CreateDemo(path, culture);
    }

    private static X509Certificate2 LoadDemo(string path, CultureInfo? culture)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
        }
        catch (CryptographicException ex)
        {
            throw new SigningCertificateException(Text.Pick(culture,
                $"Tệp chứng thư thử nghiệm {path} bị hỏng. Xóa tệp để hệ thống tạo chứng thư mới (chữ ký cũ vẫn kiểm tra được vì mang theo chứng thư).",
                $"The demo certificate file {path} is damaged. Delete it to have a new one made (old signatures still verify: they carry their certificate)."), ex);
        }

        if (!DemoCertificate.IsDemo(certificate) || !certificate.HasPrivateKey)
        {
            // Never overwrite a file we did not make: it may be someone's real key.
            throw new SigningCertificateException(Text.Pick(culture,
                $"Tệp {path} không phải chứng thư thử nghiệm do hệ thống tạo ({certificate.Subject}). Cấu hình nó làm PFX ký số, hoặc chuyển nó đi nơi khác.",
                $"{path} is not a demo certificate made by the system ({certificate.Subject}). Configure it as the signing PFX, or move it elsewhere."));
        }

        return certificate;
    }

    private X509Certificate2 CreateDemo(string path, CultureInfo? culture)
    {
        var now = _time.GetUtcNow();
        byte[] pfx;
        byte[] publicPart;
        using (var rsa = RSA.Create(DemoCertificate.RsaKeySize))
        {
            var request = new CertificateRequest(DemoCertificate.SubjectName, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
            // Valid from a day back, so a clock that is slightly behind still signs within validity.
            using var created = request.CreateSelfSigned(now.AddDays(-1), now + DemoCertificate.Lifetime);
            pfx = created.Export(X509ContentType.Pkcs12);
            publicPart = created.Export(X509ContentType.Cert);
        }

        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
        WriteOwnerOnly(temporary, pfx);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process made the demo certificate at the same moment: use theirs, so there is one.
            File.Delete(temporary);
            return LoadDemo(path, culture);
        }

        File.WriteAllBytes(DemoCertificatePath, publicPart);
        return X509CertificateLoader.LoadPkcs12(pfx, password: null);
    }

    private void Retire(string path, X509Certificate2 expired)
    {
        var retired = Path.Combine(Path.GetDirectoryName(path)!,
            $"demo-signing-certificate-expired-{expired.NotAfter.ToUniversalTime():yyyyMMdd}-{expired.GetCertHashString(HashAlgorithmName.SHA256)[..12]}.pfx");
        File.Move(path, retired, overwrite: true);
        if (File.Exists(DemoCertificatePath))
        {
            File.Move(DemoCertificatePath, Path.ChangeExtension(retired, ".cer"), overwrite: true);
        }
    }

    private static void WriteOwnerOnly(string path, byte[] bytes)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        stream.Write(bytes);
    }
}
