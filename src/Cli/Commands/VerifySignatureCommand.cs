using System.CommandLine;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Workflow.Cli.Support;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Localization;

namespace Workflow.Cli.Commands;

/// <summary>
/// <c>workflow verify-signature &lt;document&gt; &lt;signature.p7s&gt; [--certificate expected.cer]</c>:
/// checks a document against its detached signature and prints the verdict. Exit code 0 when
/// valid, 1 when altered, damaged or signed by someone unexpected, 2 when called wrongly.
/// </summary>
public static class VerifySignatureCommand
{
    public const int Invalid = 1;

    public static Command Create()
    {
        // Optional to the parser so that a missing file name is a usage error (exit 2), said in a sentence.
        var document = new Argument<string?>("document") { Description = "Tài liệu đã ký / the signed document", Arity = ArgumentArity.ZeroOrOne };
        var signature = new Argument<string?>("signature") { Description = "Tệp chữ ký tách rời (.p7s) / the detached signature (.p7s)", Arity = ArgumentArity.ZeroOrOne };
        var certificate = new Option<string?>("--certificate")
        {
            Description = "Chứng thư người ký mong đợi (.cer, .crt, .pem); người ký khác bị coi là không hợp lệ / the expected signer's certificate; any other signer is invalid",
        };
        var language = CommonOptions.Language();
        var command = new Command("verify-signature", "Kiểm tra chữ ký số của một tài liệu / verify a document's digital signature")
        {
            document, signature, certificate, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            if (result.GetValue(document) is not { } documentPath || result.GetValue(signature) is not { } signaturePath)
            {
                throw new CliException(Text.Pick(culture,
                    "Cần hai tệp: workflow verify-signature <tài liệu> <chữ ký.p7s> [--certificate chứng-thư.cer].",
                    "Two files are needed: workflow verify-signature <document> <signature.p7s> [--certificate expected.cer]."));
            }

            var documentBytes = ReadFile(documentPath, culture);
            var signatureBytes = ReadFile(signaturePath, culture);
            var expected = result.GetValue(certificate) is { } path ? LoadCertificate(path, culture) : null;
            var verification = new SignatureVerifier().Verify(documentBytes, signatureBytes, expected);
            Console.WriteLine(verification.Describe(culture));
            return verification.IsValid ? 0 : Invalid;
        }));
        return command;
    }

    private static byte[] ReadFile(string path, System.Globalization.CultureInfo culture)
    {
        if (!File.Exists(path))
        {
            throw new CliException(Text.Pick(culture, $"Không có tệp \"{path}\".", $"The file \"{path}\" does not exist."));
        }

        return File.ReadAllBytes(path);
    }

    private static X509Certificate2 LoadCertificate(string path, System.Globalization.CultureInfo culture)
    {
        var bytes = ReadFile(path, culture);
        try
        {
            // Accepts DER and PEM alike.
            return X509CertificateLoader.LoadCertificate(bytes);
        }
        catch (CryptographicException)
        {
            throw new CliException(Text.Pick(culture,
                $"\"{path}\" không phải chứng thư X.509 (DER hoặc PEM).",
                $"\"{path}\" is not an X.509 certificate (DER or PEM)."));
        }
    }
}
