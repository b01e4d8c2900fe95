namespace Workflow.Engine.Documents.Printing;

/// <summary>Where Chromium is and how long a print may take.</summary>
public sealed record PdfPrinterOptions
{
    /// <summary>Debian's Chromium; the <c>WORKFLOW_CHROMIUM</c> environment variable or configuration may name another.</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    public string ChromiumPath { get; init; } = Environment.GetEnvironmentVariable("WORKFLOW_CHROMIUM") is { Length: > 0 } configured
        ? configured
        : DefaultChromiumPath;

    /// <summary>How long one print may run before Chromium is stopped; its first start on a cold machine takes a few seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
