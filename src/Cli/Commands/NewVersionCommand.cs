using System.CommandLine;
using Workflow.Cli.Support;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Localization;

namespace Workflow.Cli.Commands;

/// <summary><c>workflow new-version &lt;id&gt; [--from N]</c>: starts the next version as a draft copy.</summary>
public static class NewVersionCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("procedure-id") { Description = "Mã quy trình / procedure id" };
        var from = new Option<int?>("--from") { Description = "Sao từ phiên bản này (mặc định: mới nhất) / copy this version (default: the newest)" };
        var procedures = CommonOptions.Procedures();
        var language = CommonOptions.Language();
        var command = new Command("new-version", "Tạo phiên bản nháp tiếp theo / start the next version as a draft")
        {
            id, from, procedures, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            var root = ProceduresFolder.Resolve(result.GetValue(procedures));
            try
            {
                var path = DefinitionPublisher.CreateNextVersion(root, result.GetValue(id)!, result.GetValue(from), culture);
                Console.WriteLine(Text.Pick(culture, $"Đã tạo bản nháp {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}.", $"Created the draft {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}."));
                return 0;
            }
            catch (InvalidOperationException ex)
            {
                throw new CliException(ex.Message);
            }
        }));
        return command;
    }
}
