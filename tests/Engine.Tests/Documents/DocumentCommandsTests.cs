using System.CommandLine;
using Microsoft.Extensions.Time.Testing;
using Workflow.Cli.Commands;
using Workflow.Engine.Documents.Forms.Samples;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Documents;

/// <summary>The verify-signature and render-form commands: verdicts, files and exit codes (0 valid, 1 invalid, 2 bad usage).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DocumentCommandsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("wf-cli");

    public void Dispose() => _folder.Dispose();

    /// <summary>Runs the command line in this process, capturing what it prints (other command tests use it too).</summary>
    internal static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        var (output, error) = (new StringWriter(), new StringWriter());
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            return (root.Parse(args).Invoke(), output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }

    private (string Document, string Signature, string Certificate) SignedFiles()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));
        var provider = new SigningCertificateProvider(new SigningCertificateOptions { DataFolder = _folder.Path }, time);
        var document = RepositoryForms.Renderer.Render(SampleFormData.Receipt).ToBytes();
        var signature = new DocumentSigner(provider.GetCertificate(), time).Sign(document);
        var documentPath = Path.Combine(_folder.Path, "receipt.html");
        var signaturePath = documentPath + ".p7s";
        File.WriteAllBytes(documentPath, document);
        File.WriteAllBytes(signaturePath, signature);
        return (documentPath, signaturePath, provider.DemoCertificatePath);
    }

    [Fact]
    public void A_valid_signature_prints_the_verdict_and_exits_0()
    {
        var (document, signature, certificate) = SignedFiles();

        var (code, output, _) = Run("verify-signature", document, signature, "--certificate", certificate);
        var (codeEn, outputEn, _) = Run("verify-signature", document, signature, "--lang", "en");

        Assert.Equal(0, code);
        Assert.StartsWith("HỢP LỆ:", output);
        Assert.Contains("CN=Chữ ký số thử nghiệm", output);
        Assert.Contains("09:00:00 26/11/2026", output);
        Assert.Equal(0, codeEn);
        Assert.StartsWith("VALID:", outputEn);
        Assert.Contains("demo certificate", outputEn);
    }

    [Fact]
    public void A_tampered_document_or_signature_exits_1_with_a_sentence()
    {
        var (document, signature, _) = SignedFiles();
        var bytes = File.ReadAllBytes(document);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(document, bytes);
        var garbage = _folder.Write("garbage.p7s", "này không phải chữ ký");

        var (altered, alteredOutput, _) = Run("verify-signature", document, signature);
        var (corrupt, corruptOutput, _) = Run("verify-signature", document, garbage, "--lang", "en");

        Assert.Equal(1, altered);
        Assert.Contains("tài liệu đã bị thay đổi sau khi ký", alteredOutput);
        Assert.Equal(1, corrupt);
        Assert.Contains("not a CMS/PKCS#7 signature", corruptOutput);
    }

    [Fact]
    public void Bad_usage_exits_2()
    {
        var (document, _, _) = SignedFiles();

        var (missingFile, _, missingError) = Run("verify-signature", document, Path.Combine(_folder.Path, "none.p7s"));
        var (missingArgument, _, argumentError) = Run("verify-signature", document);
        var (badCertificate, _, certificateError) = Run("verify-signature", document, document, "--certificate", document);

        Assert.Equal(2, missingFile);
        Assert.Contains("none.p7s", missingError);
        Assert.Equal(2, missingArgument);
        Assert.Contains("workflow verify-signature", argumentError);
        Assert.Equal(2, badCertificate);
        Assert.Contains("X.509", certificateError);
    }

    [Fact]
    public void Render_form_writes_the_sample_html_and_reports_its_hashes()
    {
        var output = Path.Combine(_folder.Path, "receipt.html");

        var (code, report, error) = Run("render-form", "receipt", "--sample", "--set", "tt01-2018", "--out", output, "--procedures", RepositoryPaths.Procedures);

        Assert.True(code == 0, error);
        var html = File.ReadAllText(output);
        Assert.Contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", html);
        Assert.Contains("Nguyễn Thị Minh Thư", html);
        Assert.Contains("Mẫu số 01 \"Giấy tiếp nhận hồ sơ và hẹn trả kết quả\" (tt01-2018, A5 portrait)", report);
        Assert.Contains("sha256:", report);
    }

    [Fact]
    public void Render_form_without_a_file_writes_html_to_stdout_and_picks_the_set_by_the_samples_date()
    {
        var (code, output, error) = Run("render-form", "stop-notice", "--sample", "--procedures", RepositoryPaths.Procedures);

        Assert.Equal(0, code);
        Assert.StartsWith("<!DOCTYPE html>", output);
        Assert.Contains("Thông báo dừng giải quyết hồ sơ", output);
        Assert.Contains("tt03-2025", error);
    }

    [Fact]
    public void Render_form_usage_mistakes_exit_2()
    {
        var procedures = RepositoryPaths.Procedures;

        var (unknown, _, unknownError) = Run("render-form", "receipts", "--sample", "--procedures", procedures);
        var (noSample, _, noSampleError) = Run("render-form", "receipt", "--procedures", procedures);
        var (notInSet, _, notInSetError) = Run("render-form", "stop-notice", "--sample", "--set", "tt01-2018", "--procedures", procedures);
        var (noSet, _, noSetError) = Run("render-form", "receipt", "--sample", "--set", "tt99", "--procedures", procedures);

        Assert.Equal((2, 2, 2, 2), (unknown, noSample, notInSet, noSet));
        Assert.Contains("supplement-request", unknownError);
        Assert.Contains("--sample", noSampleError);
        Assert.Contains("stop-notice", notInSetError);
        Assert.Contains("tt03-2025", noSetError);
    }
}
