using System.CommandLine;
using Workflow.Cli.Support;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Localization;
using Workflow.Engine.Workspace;

namespace Workflow.Cli.Commands;

/// <summary><c>workflow publish &lt;id&gt; --version N</c>: checks a draft, marks it published and records its hash.</summary>
public static class PublishCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("procedure-id") { Description = "Mã quy trình / procedure id" };
        var version = new Option<int>("--version") { Description = "Phiên bản cần ban hành / the version to publish", Required = true };
        var by = new Option<string?>("--by") { Description = "Người ban hành / who publishes (default: the current user)" };
        var procedures = CommonOptions.Procedures();
        var language = CommonOptions.Language();
        var command = new Command("publish", "Ban hành một phiên bản: sau đó không được sửa / publish a version; it can never change afterwards")
        {
            id, version, by, procedures, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            var root = ProceduresFolder.Resolve(result.GetValue(procedures));
            var options = ProceduresWorkspace.DefinitionOptions(root, culture);
            var outcome = DefinitionPublisher.Publish(root, result.GetValue(id)!, result.GetValue(version), result.GetValue(by) ?? Environment.UserName, DateTimeOffset.UtcNow, options);
            foreach (var problem in outcome.Problems.Where(p => p.IsError))
            {
                Console.WriteLine(problem);
            }

            if (!outcome.Succeeded)
            {
                Console.Error.WriteLine(outcome.Error);
                return 1;
            }

            var record = outcome.Record!;
            Console.WriteLine(outcome.WasAlreadyPublished
                ? Text.Pick(culture, $"{record.Key} đã được ban hành trước đó ({record.ContentHash}).", $"{record.Key} was already published ({record.ContentHash}).")
                : Text.Pick(culture, $"Đã ban hành {record.Key} ({record.ContentHash}).", $"Published {record.Key} ({record.ContentHash})."));
            return 0;
        }));
        return command;
    }
}
