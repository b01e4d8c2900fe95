using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Workflow.Engine.Documents.Signatures;

/// <summary>
/// Checks a document against a detached CMS/PKCS#7 signature and tells apart the ways it can
/// fail: the document was altered (its digest differs from the signed one), the signature is
/// damaged or not a signature, or an unexpected certificate signed. A valid result still says
/// whether the certificate is the demo one, self-signed, or not trusted on this machine.
/// </summary>
public sealed class SignatureVerifier
{
    private const string MessageDigestOid = "1.2.840.113549.1.9.4";
    private const string SigningTimeOid = "1.2.840.113549.1.9.5";

    /// <summary>Verifies; when <paramref name="expectedSigner"/> is given, any other signer is <see cref="SignatureVerdict.UnexpectedSigner"/>.</summary>
    public SignatureVerification Verify(byte[] document, byte[] signature, X509Certificate2? expectedSigner = null)
    {
        var expected = expectedSigner?.GetCertHashString(HashAlgorithmName.SHA256);
        var cms = new SignedCms();
        try
        {
            cms.Decode(signature);
        }
        catch (CryptographicException ex)
        {
            return Corrupt(ex.Message, expected);
        }

        if (cms.SignerInfos.Count == 0)
        {
            return Corrupt("the CMS structure holds no signer", expected);
        }

        if (cms.ContentInfo.Content.Length > 0)
        {
            // An attached signature carries its own copy of what was signed; that copy must be this document.
            if (!cms.ContentInfo.Content.AsSpan().SequenceEqual(document))
            {
                return Describe(SignatureVerdict.DocumentAltered, cms.SignerInfos[0], expected, "the signature embeds a different document");
            }
        }
        else
        {
            // Detached, as ours are: decode again with the document as the signed content.
            cms = new SignedCms(new ContentInfo(document), detached: true);
            cms.Decode(signature);
        }

        SignatureVerification? firstValid = null;
        foreach (var signer in cms.SignerInfos)
        {
            var result = VerifySigner(signer, document, expectedSigner, expected);
            if (!result.IsValid)
            {
                return result;
            }

            firstValid ??= result;
        }

        return firstValid!;
    }

    private static SignatureVerification VerifySigner(SignerInfo signer, byte[] document, X509Certificate2? expectedSigner, string? expected)
    {
        var certificate = signer.Certificate ?? expectedSigner;
        if (certificate is null)
        {
            return Corrupt("the signature does not carry the signer's certificate", expected);
        }

        var digestMatches = MessageDigestMatches(signer, document);
        if (digestMatches == false)
        {
            return Describe(SignatureVerdict.DocumentAltered, signer, expected, null, certificate);
        }

        try
        {
            var extra = new X509Certificate2Collection();
            if (signer.Certificate is null)
            {
                extra.Add(certificate);
            }

            signer.CheckSignature(extra, verifySignatureOnly: true);
        }
        catch (CryptographicException ex)
        {
            // With the digest matching, a failing signature means the signature value or the
            // signed attributes were changed. Without signed attributes the two cannot be told apart.
            return digestMatches == true
                ? Describe(SignatureVerdict.SignatureCorrupt, signer, expected, "the signature value does not verify: " + ex.Message, certificate)
                : Describe(SignatureVerdict.DocumentAltered, signer, expected, "the signature has no signed attributes, so a changed document and a damaged signature look the same: " + ex.Message, certificate);
        }
        catch (InvalidOperationException ex)
        {
            return Describe(SignatureVerdict.SignatureCorrupt, signer, expected, ex.Message, certificate);
        }

        if (expected is not null && certificate.GetCertHashString(HashAlgorithmName.SHA256) != expected)
        {
            return Describe(SignatureVerdict.UnexpectedSigner, signer, expected, null, certificate);
        }

        return Describe(SignatureVerdict.Valid, signer, expected, null, certificate);
    }

    /// <summary>True or false when the signer signed a message digest attribute; null when it did not.</summary>
    private static bool? MessageDigestMatches(SignerInfo signer, byte[] document)
    {
        var attribute = signer.SignedAttributes.Cast<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == MessageDigestOid);
        if (attribute is null || attribute.Values.Count == 0)
        {
            return null;
        }

        var signed = new Pkcs9MessageDigest();
        signed.CopyFrom(attribute.Values[0]);
        var algorithm = signer.DigestAlgorithm.Value switch
        {
            "2.16.840.1.101.3.4.2.1" => HashAlgorithmName.SHA256,
            "2.16.840.1.101.3.4.2.2" => HashAlgorithmName.SHA384,
            "2.16.840.1.101.3.4.2.3" => HashAlgorithmName.SHA512,
            "1.3.14.3.2.26" => HashAlgorithmName.SHA1,
            // Unknown to us: leave the decision to the signature check.
            _ => default(HashAlgorithmName?),
        };
        if (algorithm is null)
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(algorithm.Value);
        hash.AppendData(document);
        return CryptographicOperations.FixedTimeEquals(hash.GetHashAndReset(), signed.MessageDigest);
    }

    private static SignatureVerification Corrupt(string detail, string? expected) => new()
    {
        Verdict = SignatureVerdict.SignatureCorrupt,
        Detail = detail,
        ExpectedThumbprint = expected,
    };

    private static SignatureVerification Describe(SignatureVerdict verdict, SignerInfo signer, string? expected, string? detail, X509Certificate2? certificate = null)
    {
        certificate ??= signer.Certificate;
        var signingTime = SigningTime(signer);
        return new SignatureVerification
        {
            Verdict = verdict,
            SignerSubject = certificate?.Subject,
            SigningTime = signingTime,
            CertificateThumbprint = certificate?.GetCertHashString(HashAlgorithmName.SHA256),
            ExpectedThumbprint = expected,
            IsSelfSigned = certificate is not null && certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData),
            IsDemoCertificate = certificate is not null && DemoCertificate.IsDemo(certificate),
            ChainsToTrustedRoot = certificate is not null && ChainsToTrustedRoot(certificate, signingTime),
            CertificateValidAtSigningTime = certificate is null || signingTime is null
                ? null
                : signingTime.Value.UtcDateTime >= certificate.NotBefore.ToUniversalTime() && signingTime.Value.UtcDateTime <= certificate.NotAfter.ToUniversalTime(),
            Detail = detail,
        };
    }

    private static DateTimeOffset? SigningTime(SignerInfo signer)
    {
        var attribute = signer.SignedAttributes.Cast<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == SigningTimeOid);
        if (attribute is null || attribute.Values.Count == 0)
        {
            return null;
        }

        var time = new Pkcs9SigningTime();
        time.CopyFrom(attribute.Values[0]);
        var stated = time.SigningTime;
        return new DateTimeOffset(stated.Kind == DateTimeKind.Local ? stated.ToUniversalTime() : DateTime.SpecifyKind(stated, DateTimeKind.Utc));
    }

    private static bool ChainsToTrustedRoot(X509Certificate2 certificate, DateTimeOffset? at)
    {
        using var chain = new X509Chain();
        // Offline and repeatable: no revocation lookups over the network while verifying.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = (at ?? DateTimeOffset.UtcNow).UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        try
        {
            return chain.Build(certificate);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
