using System.CommandLine;
using System.Globalization;
using Newtonsoft.Json.Linq;
using Workflow.Cli.Support;
using Workflow.Engine.Definitions.Interchange;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Documents.Printing;
using Workflow.Engine.Localization;
using Workflow.Engine.Workspace;

namespace Workflow.Cli.Commands;

/// <summary>
/// <c>workflow export process &lt;procedure&gt; --version N --out file.xlsx</c> (the internal-process table, A4 landscape, the
/// approval decision's annex), <c>workflow export summary &lt;procedure&gt; --version N --out file.html|file.pdf</c> (one printed
/// page) and <c>workflow export facts --out file.xlsx|file.csv</c> (every procedure's public facts, in the import layout); <c>bpmn</c> and <c>elsa</c> are
/// <see cref="ProcessFormatCommands"/>.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "Xuất bảng quy trình nội bộ, trang tóm tắt, bảng thông tin thủ tục, BPMN 2.0 hoặc Elsa 3 / export a process table, a summary page, the facts table, BPMN 2.0 or Elsa 3");
        command.Subcommands.Add(Process());
        command.Subcommands.Add(Summary());
        command.Subcommands.Add(Facts());
        command.Subcommands.Add(ProcessFormatCommands.Export("bpmn"));
        command.Subcommands.Add(ProcessFormatCommands.Export("elsa"));
        return command;
    }

    private static Command Process()
    {
        var (procedure, version, output, procedures, language) = VersionOptions(".xlsx hoặc .csv");
        var command = new Command("process", "Xuất quy trình nội bộ thành bảng .xlsx (A4 ngang, phụ lục quyết định phê duyệt) hoặc .csv / export the internal-process table as .xlsx or .csv")
        {
            procedure, version, output, procedures, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            var (workspace, definition) = Find(result.GetValue(procedures), result.GetValue(procedure)!, result.GetValue(version), culture);
            var path = OutputPath(result.GetValue(output)!, [".xlsx", ".csv"], culture);
            if (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
            {
                File.WriteAllText(path, ProcessTableExporter.Csv(definition, workspace.Organisation), new System.Text.UTF8Encoding(true));
            }
            else
            {
                using var file = File.Create(path);
                ProcessTableExporter.Build(definition, workspace.Organisation, workspace.Calendar.WorkingHours.Default.StandardDayLength).Save(file);
            }

            Written(result, path, culture);
            return 0;
        }));
        return command;
    }

    private static Command Summary()
    {
        var (procedure, version, output, procedures, language) = VersionOptions(".html hoặc .pdf");
        var command = new Command("summary", "Xuất trang tóm tắt một trang in (HTML, hoặc PDF qua Chromium) / export the one-page printable summary")
        {
            procedure, version, output, procedures, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            var (workspace, definition) = Find(result.GetValue(procedures), result.GetValue(procedure)!, result.GetValue(version), culture);
            var path = OutputPath(result.GetValue(output)!, [".html", ".pdf"], culture);
            var html = ProcedureSummaryPage.Render(definition, workspace.Organisation);
            if (Path.GetExtension(path).Equals(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    File.WriteAllBytes(path, new PdfPrinter().PrintAsync(html, culture).GetAwaiter().GetResult());
                }
                catch (PdfPrintException e)
                {
                    throw new CliException(e.Message);
                }
            }
            else
            {
                File.WriteAllText(path, html);
            }

            Written(result, path, culture);
            return 0;
        }));
        return command;
    }

    private static Command Facts()
    {
        var ids = new Argument<string[]>("procedure-ids") { Description = "Các mã quy trình (mặc định: tất cả) / procedure ids (default: all)", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out") { Description = "Tệp ra .xlsx hoặc .csv / output file", Required = true };
        var procedures = CommonOptions.Procedures();
        var language = CommonOptions.Language();
        var command = new Command("facts", "Xuất thông tin công khai của các thủ tục (phiên bản mới nhất) theo mẫu nhập / export procedures' public facts in the import layout")
        {
            ids, output, procedures, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            var root = ProceduresFolder.Resolve(result.GetValue(procedures));
            var path = OutputPath(result.GetValue(output)!, [".xlsx", ".csv"], culture);
            var chosen = result.GetValue(ids) is { Length: > 0 } given ? given : DraftTarget.ProcedureIds(root).ToArray();
            var unknown = chosen.Except(DraftTarget.ProcedureIds(root)).ToList();
            if (unknown.Count > 0)
            {
                throw new CliException(Text.Pick(culture, $"Không có thủ tục: {string.Join(", ", unknown)}.", $"No such procedure: {string.Join(", ", unknown)}."));
            }

            var newest = chosen.Select(id => DraftTarget.For(root, id, []).Newest).OfType<JObject>().ToList();
            if (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
            {
                File.WriteAllText(path, FactsTableExporter.Csv(newest), new System.Text.UTF8Encoding(true));
            }
            else
            {
                using var file = File.Create(path);
                FactsTableExporter.Build(newest).Save(file);
            }

            Written(result, path, culture);
            return 0;
        }));
        return command;
    }

    private static (Argument<string>, Option<int?>, Option<string>, Option<string?>, Option<string?>) VersionOptions(string extensions) => (
        new Argument<string>("procedure") { Description = "Mã quy trình / procedure id" },
        new Option<int?>("--version") { Description = "Phiên bản (mặc định: mới nhất) / version (default: the newest)" },
        new Option<string>("--out") { Description = $"Tệp ra ({extensions}) / output file", Required = true },
        CommonOptions.Procedures(),
        CommonOptions.Language());

    private static (ProceduresWorkspace Workspace, ProcedureDefinition Definition) Find(string? procedures, string id, int? version, CultureInfo culture)
    {
        var workspace = ProceduresWorkspace.Load(ProceduresFolder.Resolve(procedures), culture);
        var definition = version is { } n ? workspace.Catalog.Find(id, n) : workspace.Catalog.Versions(id).LastOrDefault();
        return definition is null
            ? throw new CliException(Text.Pick(culture,
                $"Không có {id}{(version is null ? "" : $" v{version}")} hợp lệ để xuất; chạy workflow validate để xem lỗi.",
                $"There is no valid {id}{(version is null ? "" : $" v{version}")} to export; run workflow validate to see its errors."))
            : (workspace, definition);
    }

    private static string OutputPath(string given, string[] extensions, CultureInfo culture) =>
        extensions.Contains(Path.GetExtension(given).ToLowerInvariant())
            ? Path.GetFullPath(given)
            : throw new CliException(Text.Pick(culture,
                $"Tệp ra \"{given}\" phải có đuôi {string.Join(" hoặc ", extensions)}.",
                $"The output file \"{given}\" must end in {string.Join(" or ", extensions)}."));

    private static void Written(ParseResult result, string path, CultureInfo culture) =>
        result.InvocationConfiguration.Output.WriteLine(Text.Pick(culture,
            $"Đã ghi {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}.",
            $"Wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}."));
}
