using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Cli.Support;
using Workflow.Engine.Definitions.Interchange;
using Workflow.Engine.Localization;
using Workflow.Engine.Organisation.Accounts;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Errors;

namespace Workflow.Cli.Commands;

/// <summary>
/// <c>workflow accounts import &lt;file&gt;</c> and <c>workflow accounts export</c>: officers and their memberships in the
/// accounts layout (docs/organisation.md), on the database. Every row's result is listed first; nothing is written with
/// <c>--dry-run</c>, nor without confirmation (<c>--yes</c> gives it), nor when a row is refused (exit 1).
/// Officers made here get their sign-in account and its setup link from the users page.
/// </summary>
public static class AccountsCommand
{
    public static Command Create()
    {
        var command = new Command("accounts", "Cán bộ và phân công theo tệp .xlsx/CSV / officers and memberships from and to .xlsx or CSV");
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Export());
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<string>("file") { Description = "Tệp .xlsx hoặc .csv theo mẫu tài khoản / an .xlsx or .csv file in the accounts layout" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ liệt kê kết quả từng dòng, không ghi / list every row's result, write nothing" };
        var yes = new Option<bool>("--yes") { Description = "Ghi mà không hỏi lại / write without asking" };
        var by = new Option<string?>("--by") { Description = "Tên người nhập, ghi vào nhật ký nhập (mặc định: người dùng hệ điều hành) / who imports, for the import log" };
        var language = new Option<string?>("--language") { Description = "vi (mặc định) hoặc en / vi (default) or en" };
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var command = new Command("import", "Nhập cán bộ và phân công (chạy thử, rồi xác nhận) / import officers and memberships (dry run, then confirm)")
        {
            file, dryRun, yes, by, language, provider, connection,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var output = result.InvocationConfiguration.Output;
            var culture = Text.Parse(result.GetValue(language));
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException(Text.Pick(culture, $"Không có tệp {path}.", $"There is no file {path}."));
            }

            using var engine = EngineServices.For(DatabaseArguments.Resolve(result.GetValue(provider), result.GetValue(connection)));
            var importer = new AccountImporter(engine.GetRequiredService<WorkflowDbContextFactory>(), TimeProvider.System);
            var plan = Refusing(() =>
            {
                using var stream = File.OpenRead(path);
                return importer.DryRunAsync(stream, path, culture).GetAwaiter().GetResult();
            });
            Print(plan, culture, output);
            if (!plan.CanConfirm)
            {
                output.WriteLine(Text.Pick(culture, "Không ghi gì: sửa các dòng bị từ chối rồi nhập lại.", "Nothing written: correct the refused rows and import again."));
                return 1;
            }

            if (result.GetValue(dryRun) || plan.Created + plan.Updated == 0)
            {
                return 0;
            }

            output.Write(Text.Pick(culture, $"Ghi {plan.Created + plan.Updated} dòng? [c/K] ", $"Write {plan.Created + plan.Updated} rows? [y/N] "));
            var answer = result.GetValue(yes) ? "y" : Console.In.ReadLine()?.Trim().ToLowerInvariant() ?? "";
            if (!answer.StartsWith('c') && !answer.StartsWith('y'))
            {
                output.WriteLine(Text.Pick(culture, "Không ghi gì.", "Nothing written."));
                return 1;
            }

            var actor = new Actor("command-line", result.GetValue(by) ?? Environment.UserName);
            var done = Refusing(() =>
            {
                using var stream = File.OpenRead(path);
                return importer.ConfirmAsync(stream, path, actor, culture, accounts: null).GetAwaiter().GetResult();
            });
            output.WriteLine(Text.Pick(culture,
                $"Đã ghi: {done.Plan.Created} dòng tạo mới, {done.Plan.Updated} dòng cập nhật. Cán bộ mới chưa có mật khẩu: cấp liên kết đặt mật khẩu cho từng người trên trang /admin/users.",
                $"Written: {done.Plan.Created} rows created, {done.Plan.Updated} updated. New officers have no password yet: issue each a setup link on the /admin/users page."));
            return 0;
        }));
        return command;
    }

    private static Command Export()
    {
        var output = new Option<string>("--output") { Description = "Tệp ghi ra, .xlsx hoặc .csv / output file, .xlsx or .csv", Required = true };
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var command = new Command("export", "Xuất cán bộ và phân công theo mẫu nhập / export officers and memberships in the import layout") { output, provider, connection };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var file = result.GetValue(output)!;
            var csv = file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
            if (!csv && !file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException("Tệp ghi ra phải là .xlsx hoặc .csv. / The output file must be .xlsx or .csv.");
            }

            using var engine = EngineServices.For(DatabaseArguments.Resolve(result.GetValue(provider), result.GetValue(connection)));
            var rows = Refusing(() => new AccountImporter(engine.GetRequiredService<WorkflowDbContextFactory>(), TimeProvider.System).ExportAsync().GetAwaiter().GetResult());
            File.WriteAllBytes(file, csv ? AccountTableExporter.Csv(rows) : AccountTableExporter.Xlsx(rows));
            result.InvocationConfiguration.Output.WriteLine($"Đã ghi {file} ({rows.Count} dòng). / Wrote {file} ({rows.Count} rows).");
            return 0;
        }));
        return command;
    }

    private static void Print(AccountImportPlan plan, System.Globalization.CultureInfo culture, TextWriter output)
    {
        foreach (var row in plan.Rows)
        {
            var membership = row.UnitId is null ? "" : $" — {row.Role} @ {row.UnitId}";
            output.WriteLine($"  {row.Row,4}  {Outcome(row.Outcome, culture),-12} {row.UserName} ({row.DisplayName}){membership}");
            foreach (var change in row.Changes)
            {
                output.WriteLine($"        {change}");
            }

            foreach (var issue in row.Issues)
            {
                output.WriteLine($"        {issue}");
            }
        }

        output.WriteLine(Text.Pick(culture,
            $"{plan.Created} tạo mới, {plan.Updated} cập nhật, {plan.Unchanged} không đổi, {plan.Refused} bị từ chối.",
            $"{plan.Created} created, {plan.Updated} updated, {plan.Unchanged} unchanged, {plan.Refused} refused."));
    }

    private static string Outcome(AccountRowOutcome outcome, System.Globalization.CultureInfo culture) => outcome switch
    {
        AccountRowOutcome.Created => Text.Pick(culture, "tạo mới", "created"),
        AccountRowOutcome.Updated => Text.Pick(culture, "cập nhật", "updated"),
        AccountRowOutcome.Unchanged => Text.Pick(culture, "không đổi", "unchanged"),
        _ => Text.Pick(culture, "từ chối", "refused"),
    };

    private static T Refusing<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is TableFileException or WorkflowException)
        {
            throw new CliException(ex.Message);
        }
    }
}
