using System.Text;
using System.Text.RegularExpressions;
using Workflow.Engine.Documents.Forms.Samples;
using Workflow.Engine.Documents.Printing;

namespace Workflow.Engine.Tests.Documents;

/// <summary>
/// Forms print to PDF with Debian's Chromium on the paper their set names. Where Chromium is not
/// installed the tests return early, unless REQUIRE_CHROMIUM=1 makes its absence a failure.
/// </summary>
public partial class PdfPrinterTests
{
    private static bool ChromiumMissing(PdfPrinter printer)
    {
        if (printer.IsAvailable)
        {
            return false;
        }

        if (Environment.GetEnvironmentVariable("REQUIRE_CHROMIUM") == "1")
        {
            Assert.Fail($"REQUIRE_CHROMIUM=1 but Chromium is not installed at {printer.Options.ChromiumPath}; install it with apt-get install chromium.");
        }

        return true;
    }

    /// <summary>The page boxes of the PDF in points, one per page.</summary>
    private static List<(double Width, double Height)> Pages(byte[] pdf) =>
        MediaBox().Matches(Encoding.Latin1.GetString(pdf))
            .Select(m => (double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    [Fact]
    public async Task The_receipt_prints_to_a_two_page_A5_pdf_one_page_per_copy()
    {
        var printer = new PdfPrinter();
        if (ChromiumMissing(printer))
        {
            return;
        }

        var pdf = await printer.PrintAsync(RepositoryForms.Renderer.Render(SampleFormData.Receipt).Html);

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        var pages = Pages(pdf);
        Assert.Equal(2, pages.Count);
        // A5 is 148 × 210 mm, 419.5 × 595.3 points; Chromium rounds to whole CSS pixels.
        Assert.All(pages, page => Assert.True(Math.Abs(page.Width - 419.5) < 1.5 && Math.Abs(page.Height - 595.3) < 1.5, $"page is {page.Width} × {page.Height} pt"));
    }

    [Fact]
    public async Task The_register_book_prints_on_A4_landscape()
    {
        var printer = new PdfPrinter();
        if (ChromiumMissing(printer))
        {
            return;
        }

        var pdf = await printer.PrintAsync(RepositoryForms.Renderer.Render(SampleFormData.RegisterBook, "tt03-2025").Html);

        var page = Assert.Single(Pages(pdf));
        Assert.True(Math.Abs(page.Width - 841.9) < 1.5 && Math.Abs(page.Height - 595.3) < 1.5, $"page is {page.Width} × {page.Height} pt");
    }

    [Fact]
    public async Task A_missing_chromium_is_reported_plainly()
    {
        var printer = new PdfPrinter(new PdfPrinterOptions { ChromiumPath = "/nonexistent/chromium" });

        Assert.False(printer.IsAvailable);
        var error = await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync("<html></html>"));
        Assert.Contains("/nonexistent/chromium", error.Message);
        Assert.Contains("apt-get install chromium", error.Message);
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]")]
    private static partial Regex MediaBox();
}
