using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Cli.Support;
using Workflow.Engine.Audit;
using Workflow.Engine.Localization;

namespace Workflow.Cli.Commands;

/// <summary><c>workflow audit verify|checkpoint</c>: prove the journal has not been edited, or seal it now.</summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var audit = new Command("audit", "Kiểm tra, niêm phong nhật ký kiểm soát / verify or seal the audit journal");
        audit.Subcommands.Add(Verify());
        audit.Subcommands.Add(Checkpoint());
        return audit;
    }

    private static Command Verify()
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var language = CommonOptions.Language();
        var command = new Command("verify", "Kiểm tra toàn bộ chuỗi nhật ký và các mốc niêm phong / walk every chain and checkpoint")
        {
            provider, connection, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            using var engine = EngineServices.For(DatabaseArguments.Resolve(result.GetValue(provider), result.GetValue(connection)));
            var verification = engine.GetRequiredService<JournalVerifier>().VerifyAsync().GetAwaiter().GetResult();
            var (documents, documentBreaks) = engine.GetRequiredService<IssuedDocumentVerifier>().VerifyAsync().GetAwaiter().GetResult();
            foreach (var broken in verification.Breaks.Concat(documentBreaks))
            {
                Console.WriteLine(broken);
            }

            foreach (var fork in verification.Forks)
            {
                Console.WriteLine(fork.Message(Text.IsEnglish(culture)));
            }

            Console.WriteLine(verification.Summary(Text.IsEnglish(culture)));
            Console.WriteLine(Text.Pick(culture,
                documentBreaks.Count == 0 ? $"{documents} giấy tờ đã lập, toàn vẹn." : $"{documents} giấy tờ đã lập: {documentBreaks.Count} chỗ bị phá vỡ.",
                documentBreaks.Count == 0 ? $"{documents} issued documents, intact." : $"{documents} issued documents: {documentBreaks.Count} broken places."));
            return verification.IsIntact && documentBreaks.Count == 0 ? 0 : 1;
        }));
        return command;
    }

    private static Command Checkpoint()
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var command = new Command("checkpoint", "Niêm phong các chuỗi nhật ký đã thay đổi / seal the chains that changed")
        {
            provider, connection,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            using var engine = EngineServices.For(DatabaseArguments.Resolve(result.GetValue(provider), result.GetValue(connection)));
            var checkpoint = engine.GetRequiredService<JournalCheckpointer>().WriteAsync().GetAwaiter().GetResult();
            Console.WriteLine(checkpoint is null
                ? "Không có gì mới để niêm phong. / Nothing new to seal."
                : $"Mốc {checkpoint.Id}: {checkpoint.HeadCount} chuỗi, {checkpoint.Hash}. / Checkpoint {checkpoint.Id}: {checkpoint.HeadCount} chains.");
            return 0;
        }));
        return command;
    }
}
