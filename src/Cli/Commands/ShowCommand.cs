using System.CommandLine;
using Workflow.Cli.Formatting;
using Workflow.Cli.Support;
using Workflow.Engine.Localization;
using Workflow.Engine.Workspace;

namespace Workflow.Cli.Commands;

/// <summary><c>workflow show &lt;id&gt; [--version N]</c>: a readable outline of one procedure version.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("procedure-id") { Description = "Mã quy trình / procedure id" };
        var version = new Option<int?>("--version") { Description = "Phiên bản (mặc định: mới nhất) / version (default: the newest)" };
        var procedures = CommonOptions.Procedures();
        var language = CommonOptions.Language();
        var command = new Command("show", "Xem tóm tắt một quy trình / print a readable outline of a procedure")
        {
            id, version, procedures, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            var workspace = ProceduresWorkspace.Load(ProceduresFolder.Resolve(result.GetValue(procedures)), culture);
            var procedureId = result.GetValue(id)!;
            var versions = workspace.Catalog.Versions(procedureId);
            if (versions.Count == 0)
            {
                var known = string.Join(", ", workspace.Catalog.ProcedureIds);
                throw new CliException(Text.Pick(culture,
                    $"Không có quy trình \"{procedureId}\" (hoặc mọi phiên bản của nó đều có lỗi; chạy workflow validate). Các quy trình có: {known}.",
                    $"There is no procedure \"{procedureId}\" (or every version of it has errors; run workflow validate). Procedures: {known}."));
            }

            var wanted = result.GetValue(version);
            var definition = wanted is { } n ? versions.FirstOrDefault(v => v.Version == n) : versions[^1];
            if (definition is null)
            {
                throw new CliException(Text.Pick(culture,
                    $"\"{procedureId}\" không có phiên bản {wanted}; có: {string.Join(", ", versions.Select(v => v.Version))}.",
                    $"\"{procedureId}\" has no version {wanted}; it has: {string.Join(", ", versions.Select(v => v.Version))}."));
            }

            result.InvocationConfiguration.Output.Write(DefinitionOutline.Render(definition, culture) + PhaseOutline.Render(definition, culture));
            return 0;
        }));
        return command;
    }
}
