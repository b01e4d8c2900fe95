using System.Diagnostics;
using System.Globalization;
using System.Text;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Documents.Printing;

/// <summary>
/// Prints an HTML document to PDF with headless Chromium, which honours the document's CSS
/// <c>@page</c> size (A5, A4 landscape...) and renders Vietnamese text with the system's fonts.
/// Each print runs in a fresh temporary profile that is deleted afterwards, with networking
/// and background services off, so printing is repeatable and leaves nothing behind.
/// </summary>
public sealed class PdfPrinter
{
    private static readonly byte[] PdfMagic = "%PDF"u8.ToArray();

    public PdfPrinter(PdfPrinterOptions? options = null) => Options = options ?? new PdfPrinterOptions();

    public PdfPrinterOptions Options { get; }

    /// <summary>Whether the Chromium executable is installed where the options say.</summary>
    public bool IsAvailable => File.Exists(Options.ChromiumPath);

    /// <summary>A sentence for when Chromium is missing, naming the path and how to install it.</summary>
    public string UnavailableMessage(CultureInfo? culture = null) => Text.Pick(culture,
        $"Không in được PDF: không có Chromium tại {Options.ChromiumPath}. Cài bằng \"apt-get install chromium\" hoặc đặt biến môi trường WORKFLOW_CHROMIUM trỏ tới trình duyệt.",
        $"Cannot print PDF: Chromium is not installed at {Options.ChromiumPath}. Install it with \"apt-get install chromium\" or point the WORKFLOW_CHROMIUM environment variable at it.");

    public async Task<byte[]> PrintAsync(string html, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        if (!IsAvailable)
        {
            throw new PdfPrintException(UnavailableMessage(culture));
        }

        var work = Directory.CreateTempSubdirectory("wf-pdf-");
        try
        {
            var htmlPath = Path.Combine(work.FullName, "document.html");
            var pdfPath = Path.Combine(work.FullName, "document.pdf");
            var profile = Path.Combine(work.FullName, "profile");
            await File.WriteAllTextAsync(htmlPath, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);

            var start = new ProcessStartInfo(Options.ChromiumPath)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in Arguments(profile, pdfPath, htmlPath))
            {
                start.ArgumentList.Add(argument);
            }

            var errors = await RunAsync(start, culture, cancellationToken);
            var pdf = File.Exists(pdfPath) ? await File.ReadAllBytesAsync(pdfPath, cancellationToken) : [];
            if (pdf.Length < PdfMagic.Length || !pdf.AsSpan(0, PdfMagic.Length).SequenceEqual(PdfMagic))
            {
                throw new PdfPrintException(Text.Pick(culture,
                    $"Chromium chạy xong nhưng không tạo ra tệp PDF. Thông báo của Chromium: {LastLines(errors)}",
                    $"Chromium finished without writing a PDF. Chromium said: {LastLines(errors)}"));
            }

            return pdf;
        }
        finally
        {
            TryDelete(work);
        }
    }

    private static IEnumerable<string> Arguments(string profile, string pdfPath, string htmlPath) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        $"--user-data-dir={profile}",
        "--no-pdf-header-footer",
        $"--print-to-pdf={pdfPath}",
        new Uri(htmlPath).AbsoluteUri,
    ];

    private async Task<string> RunAsync(ProcessStartInfo start, CultureInfo? culture, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = start };
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errors)
                {
                    errors.AppendLine(e.Data);
                }
            }
        };
        // Chromium's stdout must be drained too, or a chatty build could block on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new PdfPrintException(Text.Pick(culture,
                $"Không chạy được Chromium tại {start.FileName}: {ex.Message}.",
                $"Could not run Chromium at {start.FileName}: {ex.Message}."), ex);
        }

        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PdfPrintException(Text.Pick(culture,
                $"Chromium không in xong trong {Options.Timeout.TotalSeconds:0} giây và đã bị dừng.",
                $"Chromium did not finish printing within {Options.Timeout.TotalSeconds:0} seconds and was stopped."));
        }

        lock (errors)
        {
            return errors.ToString();
        }
    }

    private static string LastLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(không có / none)" : string.Join(" | ", lines.TakeLast(3));
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A Chromium helper still closing its profile must not turn a finished print into a failure.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
