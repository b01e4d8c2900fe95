using System.CommandLine;
using Workflow.Cli.Support;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Localization;
using Workflow.Engine.Workspace;

namespace Workflow.Cli.Commands;

/// <summary><c>workflow validate [path]</c>: every problem in the procedures folder, or a one-line summary.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("path")
        {
            Description = "Thư mục procedures hoặc một tệp vN.json / the procedures folder or one vN.json file",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var language = CommonOptions.Language();
        var command = new Command("validate", "Kiểm tra các định nghĩa quy trình, cơ cấu tổ chức và lịch làm việc / check procedure definitions, organisation and calendars")
        {
            path,
            language,
        };
        command.SetAction(result => CommandRunner.Run(() => Run(result.GetValue(path), Text.Parse(result.GetValue(language)))));
        return command;
    }

    private static int Run(string? given, System.Globalization.CultureInfo culture)
    {
        var target = ProceduresFolder.Resolve(given);
        var root = File.Exists(target) ? FindRootAbove(target) : target;
        var workspace = ProceduresWorkspace.Load(root, culture);
        var problems = workspace.Problems;
        if (File.Exists(target))
        {
            var name = Path.GetFileName(Path.GetDirectoryName(target)) + "/" + Path.GetFileName(target);
            problems = problems.Where(p => p.File.EndsWith(name, StringComparison.Ordinal)).ToList();
        }

        foreach (var problem in problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column))
        {
            Console.WriteLine(problem);
        }

        var errors = problems.Count(p => p.IsError);
        var warnings = problems.Count(p => p.Severity == Engine.Diagnostics.ProblemSeverity.Warning);
        var catalog = workspace.Catalog;
        var versions = catalog.All.Count();
        var procedures = catalog.ProcedureIds.Count();
        Console.WriteLine(Text.Pick(culture,
            $"{(errors == 0 ? "Hợp lệ" : "Có lỗi")}: {versions} phiên bản của {procedures} thủ tục, {workspace.UnitCount} đơn vị, lịch {workspace.CalendarYears}; {errors} lỗi, {warnings} cảnh báo.",
            $"{(errors == 0 ? "Valid" : "Invalid")}: {versions} versions of {procedures} procedures, {workspace.UnitCount} units, calendars {workspace.CalendarYears}; {errors} errors, {warnings} warnings."));
        return errors == 0 ? 0 : 1;
    }

    private static string FindRootAbove(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(file)))!;
        return File.Exists(Path.Combine(folder, "procedure.schema.json")) ? folder : Path.GetDirectoryName(Path.GetFullPath(file))!;
    }
}
