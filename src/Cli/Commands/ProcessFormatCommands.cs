using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Workflow.Cli.Support;
using Workflow.Designer.Editing;
using Workflow.Designer.Interchange;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Localization;

namespace Workflow.Cli.Commands;

/// <summary>
/// The standard process formats on the command line: <c>workflow export bpmn|elsa &lt;id&gt; [--version N] [--out file]</c>
/// (one procedure version as BPMN 2.0 or Elsa 3) and <c>workflow import bpmn &lt;file&gt;</c> (a BPMN 2.0 file into the
/// next draft version of its procedure, listing what could not be mapped).
/// </summary>
public static partial class ProcessFormatCommands
{
    public static Command Export(string format)
    {
        var id = new Argument<string>("procedure-id") { Description = "Mã quy trình / procedure id" };
        var version = new Option<int?>("--version") { Description = "Phiên bản (mặc định: mới nhất) / version (default: the newest)" };
        var output = new Option<string?>("--out") { Description = "Tệp ghi ra (mặc định: in ra màn hình) / the file to write (default: standard output)" };
        var procedures = CommonOptions.Procedures();
        var language = CommonOptions.Language();
        var command = new Command(format, format == "elsa"
            ? "Xuất một phiên bản quy trình sang Elsa Workflows 3 JSON (một chiều) / export a procedure version as an Elsa 3 workflow (one way)"
            : "Xuất một phiên bản quy trình sang BPMN 2.0 XML kèm sơ đồ / export a procedure version as BPMN 2.0 XML with its diagram")
        {
            id, version, output, procedures, language,
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
            var text = format == "elsa"
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

    public static Command ImportBpmn()
    {
        var file = new Argument<string>("file") { Description = "Tệp BPMN / the BPMN file" };
        var procedures = CommonOptions.Procedures();
        var language = CommonOptions.Language();
        var command = new Command("bpmn", "Nhập tệp BPMN 2.0 thành bản nháp quy trình / import a BPMN 2.0 file as a procedure draft")
        {
            file, procedures, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            var root = ProceduresFolder.Resolve(result.GetValue(procedures));
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException(Text.Pick(culture, $"Không tìm thấy tệp \"{path}\".", $"The file \"{path}\" does not exist."));
            }

            BpmnImport imported;
            try
            {
                imported = BpmnImporter.Import(File.ReadAllText(path), culture);
            }
            catch (BpmnImportException ex)
            {
                throw new CliException(ex.Message);
            }

            var procedureId = imported.ProcedureId;
            if (!IdentifierPattern().IsMatch(procedureId))
            {
                throw new CliException(Text.Pick(culture,
                    $"Mã quy trình \"{procedureId}\" trong tệp không hợp lệ (chữ thường, số và dấu gạch ngang).",
                    $"The procedure id \"{procedureId}\" in the file is not valid (lower-case letters, digits and dashes)."));
            }

            var version = VersionNumbers.NextFree(root, procedureId, PublishedVersionLockFile.Read(root));
            imported.Definition["version"] = version;
            var target = DefinitionPublisher.VersionPath(root, procedureId, version);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, DefinitionDocument.Of(imported.Definition).ToText());
            var output = result.InvocationConfiguration.Output;
            output.WriteLine(Text.Pick(culture, $"Đã tạo bản nháp {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)}.", $"Created the draft {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)}."));
            foreach (var item in imported.Unmapped)
            {
                output.WriteLine($"  {item.ElementId} ({item.Type}): {item.Message}");
            }

            if (imported.Unmapped.Count > 0)
            {
                output.WriteLine(Text.Pick(culture, $"{imported.Unmapped.Count} phần tử chưa chuyển được; chạy workflow validate để xem bản nháp còn thiếu gì.",
                    $"{imported.Unmapped.Count} elements could not be mapped; run workflow validate to see what the draft still lacks."));
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

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdentifierPattern();
}
