namespace Workflow.Engine.Documents.Printing;

/// <summary>Printing to PDF failed: Chromium is missing, timed out or produced no PDF. The message says which, in a sentence.</summary>
public sealed class PdfPrintException(string message, Exception? inner = null) : Exception(message, inner);
