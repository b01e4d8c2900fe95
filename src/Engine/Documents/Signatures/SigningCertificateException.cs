namespace Workflow.Engine.Documents.Signatures;

/// <summary>The signing certificate cannot be loaded or made; the message says why and what to do.</summary>
public sealed class SigningCertificateException(string message, Exception? inner = null) : Exception(message, inner);
