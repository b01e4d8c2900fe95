using System.Security.Cryptography.X509Certificates;

namespace Workflow.Engine.Documents.Signatures;

/// <summary>
/// The self-signed certificate the system makes for itself when no real signing certificate
/// is configured. Signatures made with it prove integrity only; they carry no legal weight,
/// and every verification says so.
/// </summary>
public static class DemoCertificate
{
    public const string CommonName = "Chữ ký số thử nghiệm";
    public const string Organization = "Hệ thống một cửa (demo)";
    public const string Country = "VN";
    public const int RsaKeySize = 3072;

    /// <summary>How long a demo certificate is valid; a new one is made when it runs out.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(5 * 365);

    /// <summary>"CN=Chữ ký số thử nghiệm, O=Hệ thống một cửa (demo), C=VN", encoded as UTF-8 strings.</summary>
    public static X500DistinguishedName SubjectName { get; } = BuildSubject();

    /// <summary>Whether the certificate is a demo certificate: self-issued under the demo name.</summary>
    public static bool IsDemo(X509Certificate2 certificate) =>
        certificate.SubjectName.RawData.AsSpan().SequenceEqual(SubjectName.RawData)
        && certificate.IssuerName.RawData.AsSpan().SequenceEqual(SubjectName.RawData);

    private static X500DistinguishedName BuildSubject()
    {
        // Added from the widest to the narrowest, so it prints CN first.
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCountryOrRegion(Country);
        builder.AddOrganizationName(Organization);
        builder.AddCommonName(CommonName);
        return builder.Build();
    }
}
