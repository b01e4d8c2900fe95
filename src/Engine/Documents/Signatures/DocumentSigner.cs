using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Workflow.Engine.Documents.Signatures;

/// <summary>
/// Signs document bytes with a detached CMS/PKCS#7 signature (a .p7s file): SHA-256 digest,
/// the signing time as a signed attribute, and the signer's certificate included so anyone
/// can verify without asking us for it. The document itself is not embedded; it is kept and
/// sent as it is, and the signature travels beside it.
/// </summary>
public sealed class DocumentSigner
{
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1", "sha256");
    private readonly TimeProvider _time;

    public DocumentSigner(X509Certificate2 certificate, TimeProvider? time = null)
    {
        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException($"The certificate {certificate.Subject} has no private key, so it cannot sign.", nameof(certificate));
        }

        Certificate = certificate;
        _time = time ?? TimeProvider.System;
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>The DER-encoded detached signature over exactly these bytes.</summary>
    public byte[] Sign(byte[] document)
    {
        var cms = new SignedCms(new ContentInfo(document), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, Certificate)
        {
            DigestAlgorithm = Sha256,
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(_time.GetUtcNow().UtcDateTime));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }
}
