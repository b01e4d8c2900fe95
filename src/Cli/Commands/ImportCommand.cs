using System.CommandLine;
using Workflow.Cli.Support;
using Workflow.Engine.Definitions.Interchange;
using Workflow.Engine.Localization;

namespace Workflow.Cli.Commands;

/// <summary>
/// <c>workflow import facts &lt;file&gt;</c> and <c>workflow import process &lt;procedure&gt; &lt;file&gt;</c>: a public-facts or
/// internal-process table (.xlsx or .csv, layouts in docs/procedures.md) into drafts. Every row's result is listed first;
/// nothing is written with <c>--dry-run</c>, nor without confirmation (<c>--yes</c> gives it). Exit 1 when a row is refused.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", "Nhập bảng thông tin thủ tục, quy trình nội bộ hoặc tệp BPMN 2.0 thành bản nháp / import a facts table, an internal-process table or a BPMN 2.0 file into drafts");
        command.Subcommands.Add(Facts());
        command.Subcommands.Add(Process());
        command.Subcommands.Add(ProcessFormatCommands.ImportBpmn());
        return command;
    }

    private static Command Facts()
    {
        var file = new Argument<string>("file") { Description = "Tệp .xlsx hoặc .csv theo mẫu thông tin công khai / an .xlsx or .csv file in the public-facts layout" };
        var (dryRun, yes, procedures, language) = Options();
        var command = new Command("facts", "Nhập thông tin công khai của các thủ tục (mã, tên, thời hạn, phí, hồ sơ, căn cứ...) / import procedures' public facts")
        {
            file, dryRun, yes, procedures, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var output = result.InvocationConfiguration.Output;
            var session = ImportSession.Open(result.GetValue(procedures), Text.Parse(result.GetValue(language)));
            var rows = session.ReadTable(result.GetValue(file)!);
            IReadOnlyList<FactsRowResult> plan;
            try
            {
                plan = new FactsImporter(session.Root, session.Options, session.Validate).Plan(rows);
            }
            catch (TableFileException e)
            {
                throw new CliException(e.Message);
            }

            foreach (var row in plan)
            {
                output.WriteLine(Line(row, session.Culture));
                foreach (var change in row.Changes)
                {
                    output.WriteLine($"      {change.Column}: {OneLine(change.Before)} → {OneLine(change.After)}");
                }

                foreach (var issue in row.Issues)
                {
                    output.WriteLine($"      {issue}");
                }
            }

            var writes = plan.Where(r => r.Writes).ToList();
            output.WriteLine(Text.Pick(session.Culture,
                $"{plan.Count(r => r.Outcome == ImportOutcome.Created)} tạo mới, {plan.Count(r => r.Outcome == ImportOutcome.Changed)} thay đổi, {plan.Count(r => r.Outcome == ImportOutcome.Unchanged)} không đổi, {plan.Count(r => r.Outcome == ImportOutcome.Refused)} bị từ chối.",
                $"{plan.Count(r => r.Outcome == ImportOutcome.Created)} created, {plan.Count(r => r.Outcome == ImportOutcome.Changed)} changed, {plan.Count(r => r.Outcome == ImportOutcome.Unchanged)} unchanged, {plan.Count(r => r.Outcome == ImportOutcome.Refused)} refused."));
            if (!result.GetValue(dryRun) && writes.Count > 0)
            {
                if (!session.Confirm(writes.Count, result.GetValue(yes), output))
                {
                    output.WriteLine(Text.Pick(session.Culture, "Không ghi gì.", "Nothing written."));
                    return 1;
                }

                foreach (var row in writes)
                {
                    session.Write(row.ProcedureId!, row.Version!.Value, row.Text!, output);
                }
            }

            return plan.Any(r => r.Outcome == ImportOutcome.Refused) ? 1 : 0;
        }));
        return command;
    }

    private static Command Process()
    {
        var procedure = new Argument<string>("procedure") { Description = "Mã quy trình / procedure id" };
        var file = new Argument<string>("file") { Description = "Tệp .xlsx hoặc .csv theo mẫu quy trình nội bộ / an .xlsx or .csv file in the internal-process layout" };
        var (dryRun, yes, procedures, language) = Options();
        var command = new Command("process", "Nhập bảng quy trình nội bộ vào bản nháp của thủ tục / import an internal-process table into the procedure's draft")
        {
            procedure, file, dryRun, yes, procedures, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var output = result.InvocationConfiguration.Output;
            var session = ImportSession.Open(result.GetValue(procedures), Text.Parse(result.GetValue(language)));
            var rows = session.ReadTable(result.GetValue(file)!);
            ProcessImport plan;
            try
            {
                plan = new ProcessTableImporter(session.Root, session.Workspace.Organisation!, session.Options, session.Validate).Plan(result.GetValue(procedure)!, rows);
            }
            catch (TableFileException e)
            {
                throw new CliException(e.Message);
            }

            foreach (var step in plan.Steps)
            {
                output.WriteLine($"  {step.Row,4}  {step.Number}. {step.Name} — {step.Role} @ {step.Unit ?? step.UnitKind}, {step.DurationText}");
            }

            foreach (var issue in plan.Issues)
            {
                output.WriteLine($"  {issue}");
            }

            if (!plan.CanWrite)
            {
                output.WriteLine(Text.Pick(session.Culture, $"Không ghi gì: {plan.Issues.Count} chỗ cần sửa trong bảng.", $"Nothing written: {plan.Issues.Count} things to fix in the table."));
                return 1;
            }

            output.WriteLine(Text.Pick(session.Culture,
                $"{plan.Steps.Count} bước, hợp lệ; sẽ ghi vào {plan.ProcedureId}/v{plan.Version}{(plan.UpdatesDraft ? " (bản nháp đang có)" : " (bản nháp mới)")}.",
                $"{plan.Steps.Count} steps, valid; to be written to {plan.ProcedureId}/v{plan.Version}{(plan.UpdatesDraft ? " (the open draft)" : " (a new draft)")}."));
            if (result.GetValue(dryRun))
            {
                return 0;
            }

            if (!session.Confirm(1, result.GetValue(yes), output))
            {
                output.WriteLine(Text.Pick(session.Culture, "Không ghi gì.", "Nothing written."));
                return 1;
            }

            session.Write(plan.ProcedureId, plan.Version, plan.Text!, output);
            return 0;
        }));
        return command;
    }

    private static (Option<bool> DryRun, Option<bool> Yes, Option<string?> Procedures, Option<string?> Language) Options() => (
        new Option<bool>("--dry-run") { Description = "Chỉ liệt kê kết quả từng dòng, không ghi / list every row's result, write nothing" },
        new Option<bool>("--yes") { Description = "Ghi mà không hỏi lại / write without asking" },
        CommonOptions.Procedures(),
        CommonOptions.Language());

    private static string Line(FactsRowResult row, System.Globalization.CultureInfo? culture)
    {
        var outcome = row.Outcome switch
        {
            ImportOutcome.Created => Text.Pick(culture, $"tạo mới v{row.Version}", $"created v{row.Version}"),
            ImportOutcome.Changed => Text.Pick(culture, $"thay đổi, bản nháp v{row.Version}", $"changed, draft v{row.Version}"),
            ImportOutcome.Unchanged => Text.Pick(culture, "không đổi", "unchanged"),
            _ => Text.Pick(culture, "bị từ chối", "refused"),
        };
        return $"  {row.Row,4}  {row.Code,-9} {row.ProcedureId ?? "—"}: {outcome}";
    }

    private static string OneLine(string text) => text.Length == 0 ? "—" : text.Replace('\n', ';');
}
