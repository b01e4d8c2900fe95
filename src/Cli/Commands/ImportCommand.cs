using System.CommandLine;
using System.Text.RegularExpressions;
using Workflow.Cli.Support;
using Workflow.Designer.Editing;
using Workflow.Designer.Interchange;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Localization;

namespace Workflow.Cli.Commands;

/// <summary>
/// <c>workflow import bpmn &lt;file&gt;</c>: reads a BPMN 2.0 file into the next draft version of its
/// procedure (a new procedure's v1) and lists what could not be mapped.
/// </summary>
public static partial class ImportCommand
{
    public static Command Create()
    {
        var format = new Argument<string>("format") { Description = "bpmn (BPMN 2.0 XML)" };
        format.AcceptOnlyFromAmong("bpmn");
        var file = new Argument<string>("file") { Description = "Tệp BPMN / the BPMN file" };
        var procedures = CommonOptions.Procedures();
        var language = CommonOptions.Language();
        var command = new Command("import", "Nhập tệp BPMN 2.0 thành bản nháp quy trình / import a BPMN 2.0 file as a procedure draft")
        {
            format, file, procedures, language,
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

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdentifierPattern();
}
