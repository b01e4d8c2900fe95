using System.CommandLine;
using System.Globalization;
using Workflow.Cli.Formatting;
using Workflow.Cli.Support;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Localization;
using Workflow.Engine.Phases;
using Workflow.Engine.Planning;
using Workflow.Engine.Workspace;

namespace Workflow.Cli.Commands;

/// <summary><c>workflow simulate &lt;procedure-id or file&gt; --received &lt;local time&gt;</c>: each step's planned due instant.</summary>
public static class SimulateCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("procedure") { Description = "Mã quy trình hoặc tệp vN.json / procedure id or a definition file" };
        var received = new Option<string>("--received") { Description = "Thời điểm tiếp nhận (giờ Việt Nam), ví dụ 2026-02-13T10:00 / receipt time, local", Required = true };
        var version = new Option<int?>("--version") { Description = "Phiên bản (mặc định: đang có hiệu lực) / version (default: in force)" };
        var unit = new Option<string?>("--unit-id") { Description = "Đơn vị tiếp nhận, để xác định đơn vị từng bước / receiving unit" };
        var data = new Option<string[]>("--data") { Description = "Dữ liệu hồ sơ, dạng tên=giá trị / dossier data, name=value", AllowMultipleArgumentsPerToken = true };
        var procedures = CommonOptions.Procedures();
        var language = CommonOptions.Language();
        var command = new Command("simulate", "Lập kế hoạch hạn xử lý từng bước / plan each step's due instant")
        {
            target, received, version, unit, data, procedures, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            if (!VietnamTime.TryParse(result.GetValue(received), out var at))
            {
                throw new CliException(Text.Pick(culture, $"\"{result.GetValue(received)}\" không phải thời điểm hợp lệ; viết như 2026-02-13T10:00.", $"\"{result.GetValue(received)}\" is not a time; write it like 2026-02-13T10:00."));
            }

            var root = ProceduresFolder.Resolve(result.GetValue(procedures));
            var workspace = ProceduresWorkspace.Load(File.Exists(root) ? Path.GetDirectoryName(Path.GetDirectoryName(root))! : root, culture);
            var definition = FindDefinition(result.GetValue(target)!, result.GetValue(version), VietnamTime.LocalDate(at), workspace, culture);
            var values = ParseData(result.GetValue(data) ?? [], culture);
            var plan = new ProcessSimulator(new DeadlineCalculator(workspace.Calendar), workspace.Organisation).Plan(definition, at, result.GetValue(unit), values);
            var output = result.InvocationConfiguration.Output;
            Print(output, definition, plan, culture);
            var standardDay = workspace.Calendar.WorkingHours.Default.StandardDayLength;
            output.Write(PhaseOutline.Render(new PhasePlanner(new DeadlineCalculator(workspace.Calendar)).Plan(definition, plan, result.GetValue(unit)), standardDay, culture));
            if (new StatutoryTimeCheck(workspace.Calendar).Check(definition) is { } worst)
            {
                output.WriteLine(StatutoryTimeFitText.Sentence(worst, standardDay, culture));
            }

            return plan.FitsStatutoryTime ? 0 : 1;
        }));
        return command;
    }

    private static ProcedureDefinition FindDefinition(string target, int? version, DateOnly date, ProceduresWorkspace workspace, CultureInfo culture)
    {
        if (File.Exists(target))
        {
            var read = DefinitionLoader.LoadText(File.ReadAllText(target), target, null, null, ProceduresWorkspace.DefinitionOptions(workspace.Root, culture, calendar: workspace.Calendar));
            foreach (var problem in read.Problems.Where(p => p.IsError))
            {
                Console.Error.WriteLine(problem);
            }

            // Steps that overrun the statutory time are what a simulation shows; any other error leaves nothing to plan.
            if (read.Definition is null || read.Problems.Any(p => p.IsError && p.Code != ProblemCodes.DurationsExceedStatutoryTime))
            {
                throw new CliException(Text.Pick(culture, $"Tệp {target} có lỗi; chạy workflow validate.", $"{target} has errors; run workflow validate."));
            }

            return read.Definition;
        }

        var found = version is { } n ? workspace.Catalog.Find(target, n) : workspace.Catalog.InForce(target, date) ?? workspace.Catalog.Versions(target).LastOrDefault();
        return found ?? throw new CliException(Text.Pick(culture,
            $"Không có quy trình \"{target}\"{(version is null ? "" : $" v{version}")}. Các quy trình: {string.Join(", ", workspace.Catalog.ProcedureIds)}.",
            $"There is no procedure \"{target}\"{(version is null ? "" : $" v{version}")}. Procedures: {string.Join(", ", workspace.Catalog.ProcedureIds)}."));
    }

    private static Dictionary<string, object?> ParseData(IEnumerable<string> pairs, CultureInfo culture)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                throw new CliException(Text.Pick(culture, $"\"{pair}\" phải có dạng tên=giá trị.", $"\"{pair}\" must be name=value."));
            }

            var text = pair[(equals + 1)..];
            values[pair[..equals]] = bool.TryParse(text, out var flag) ? flag
                : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number
                : text;
        }

        return values;
    }

    private static void Print(TextWriter output, ProcedureDefinition definition, ProcessPlan plan, CultureInfo culture)
    {
        output.WriteLine($"{definition.Name} ({definition.Key})");
        output.WriteLine(Text.Pick(culture, $"Tiếp nhận: {VietnamTime.Format(plan.Received)}", $"Received: {VietnamTime.Format(plan.Received)}"));
        foreach (var step in plan.Steps)
        {
            var who = step.Role is null ? "" : $" [{step.Role} @ {step.UnitId ?? step.UnitKind}]";
            var length = step.Duration is null ? "" : $" {DurationText.Of(step.Duration, culture)}";
            var note = step.Note switch
            {
                "clock-stopped" => Text.Pick(culture, " (chờ công dân, không tính thời gian)", " (citizen's time, not counted)"),
                "clock-runs" => Text.Pick(culture, " (chờ công dân)", " (waiting for the citizen)"),
                null => "",
                _ => $" ({step.Note})",
            };
            var deadline = step.ConsultationDeadline is { } by ? Text.Pick(culture, $" (hạn lấy ý kiến {VietnamTime.Format(by)})", $" (consultation deadline {VietnamTime.Format(by)})") : "";
            var citizen = step.CitizenDeadline is { } until
                ? Text.Pick(culture, $" (hạn cho công dân: hết ngày {VietnamTime.FormatDate(VietnamTime.LocalDate(until))})", $" (citizen's deadline: end of {VietnamTime.FormatDate(VietnamTime.LocalDate(until))})")
                : "";
            output.WriteLine($"  {VietnamTime.Format(step.Due)}  {step.StepId} — {step.Name}{who}{length}{note}{deadline}{citizen}");
        }

        output.WriteLine(Text.Pick(culture,
            $"Hạn theo thời hạn giải quyết: {VietnamTime.Format(plan.StatutoryDue)}; bước cuối dự kiến xong: {VietnamTime.Format(plan.PlannedFinish)} — {(plan.FitsStatutoryTime ? "kịp hạn" : "VƯỢT HẠN")}.",
            $"Statutory due: {VietnamTime.Format(plan.StatutoryDue)}; last step planned by {VietnamTime.Format(plan.PlannedFinish)} — {(plan.FitsStatutoryTime ? "fits" : "DOES NOT FIT")}."));
        output.WriteLine(plan.StatutoryExplanation);
    }
}
