namespace Workflow.Engine.Documents.Signatures;

/// <summary>
/// Which certificate signs issued documents: a PFX (PKCS#12) file with its password when one
/// is configured, otherwise a self-signed demo certificate kept in <see cref="DataFolder"/>.
/// </summary>
public sealed record SigningCertificateOptions
{
    /// <summary>The PFX holding the certificate and its private key; empty to use the demo certificate.</summary>
    public string? PfxPath { get; init; }

    public string? PfxPassword { get; init; }

    /// <summary>The application's data folder; the demo certificate is created in its <c>signing</c> subfolder.</summary>
    public required string DataFolder { get; init; }
}
