namespace Workflow.Engine.Documents.Signatures;

/// <summary>What checking a document against its detached signature found.</summary>
public enum SignatureVerdict
{
    /// <summary>The document is exactly what was signed, and the signature is intact.</summary>
    Valid,

    /// <summary>The document's bytes differ from those that were signed.</summary>
    DocumentAltered,

    /// <summary>The signature file is damaged, incomplete, or not a CMS/PKCS#7 signature at all.</summary>
    SignatureCorrupt,

    /// <summary>The document and signature agree, but someone other than the expected signer signed.</summary>
    UnexpectedSigner,
}
