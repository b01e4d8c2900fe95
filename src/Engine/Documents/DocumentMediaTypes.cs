namespace Workflow.Engine.Documents;

/// <summary>The media types of what the engine issues and signs.</summary>
public static class DocumentMediaTypes
{
    public const string Html = "text/html; charset=utf-8";
    public const string Pdf = "application/pdf";

    /// <summary>A detached CMS/PKCS#7 signature (.p7s).</summary>
    public const string DetachedSignature = "application/pkcs7-signature";
}
