using System.CommandLine;
using System.Globalization;
using Workflow.Cli.Support;
using Workflow.Designer.Editing;
using Workflow.Designer.Interchange;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Localization;

namespace Workflow.Cli.Commands;

/// <summary><c>workflow export bpmn|elsa &lt;id&gt; [--version N] [--out file]</c>: one procedure version in a standard process format.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Argument<string>("format") { Description = "bpmn (BPMN 2.0 XML) hoặc elsa (Elsa Workflows 3 JSON, một chiều) / bpmn or elsa (one way)" };
        format.AcceptOnlyFromAmong("bpmn", "elsa");
        var id = new Argument<string>("procedure-id") { Description = "Mã quy trình / procedure id" };
        var version = new Option<int?>("--version") { Description = "Phiên bản (mặc định: mới nhất) / version (default: the newest)" };
        var output = new Option<string?>("--out") { Description = "Tệp ghi ra (mặc định: in ra màn hình) / the file to write (default: standard output)" };
        var procedures = CommonOptions.Procedures();
        var language = CommonOptions.Language();
        var command = new Command("export", "Xuất một phiên bản quy trình sang BPMN 2.0 hoặc Elsa 3 / export a procedure version as BPMN 2.0 or Elsa 3")
        {
            format, id, version, output, procedures, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            CultureInfo.CurrentUICulture = culture ?? CultureInfo.CurrentUICulture;
            var root = ProceduresFolder.Resolve(result.GetValue(procedures));
            var procedureId = result.GetValue(id)!;
            var versions = VersionNumbers.OnDisk(root, procedureId);
            if (versions.Count == 0)
            {
                throw new CliException(Text.Pick(culture,
                    $"Không có quy trình \"{procedureId}\" trong {root}.", $"There is no procedure \"{procedureId}\" in {root}."));
            }

            var wanted = result.GetValue(version) ?? versions.Max();
            if (!versions.Contains(wanted))
            {
                throw new CliException(Text.Pick(culture,
                    $"\"{procedureId}\" không có phiên bản {wanted}; có: {string.Join(", ", versions)}.",
                    $"\"{procedureId}\" has no version {wanted}; it has: {string.Join(", ", versions)}."));
            }

            var document = ReadDocument(DefinitionPublisher.VersionPath(root, procedureId, wanted), culture);
            var text = result.GetValue(format) == "elsa"
                ? ElsaExporter.Export(document).ToString(Newtonsoft.Json.Formatting.Indented) + "\n"
                : BpmnExporter.ExportText(document);
            if (result.GetValue(output) is { } file)
            {
                File.WriteAllText(file, text);
                Console.Error.WriteLine(Text.Pick(culture, $"Đã ghi {file}.", $"Wrote {file}."));
            }
            else
            {
                result.InvocationConfiguration.Output.Write(text);
            }

            return 0;
        }));
        return command;
    }

    private static DefinitionDocument ReadDocument(string path, CultureInfo? culture)
    {
        try
        {
            return DefinitionDocument.Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or InvalidOperationException)
        {
            throw new CliException(Text.Pick(culture,
                $"{path} không phải JSON hợp lệ ({ex.Message}); chạy workflow validate để xem lỗi.",
                $"{path} is not valid JSON ({ex.Message}); run workflow validate to see the problems."));
        }
    }
}
