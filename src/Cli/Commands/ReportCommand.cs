using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Cli.Support;
using Workflow.Engine.Calendars;
using Workflow.Engine.Localization;
using Workflow.Engine.Persistence;
using Workflow.Engine.Reporting;
using Workflow.Engine.Reporting.Excel;
using Workflow.Engine.Reporting.Indicators;
using Workflow.Engine.Reporting.Portal;
using Workflow.Engine.Workspace;

namespace Workflow.Cli.Commands;

/// <summary>
/// <c>workflow report</c>: the dossier report for a period against the configured database, e.g.
/// <c>workflow report --month 2026-03 --group procedure --xlsx march.xlsx</c>; <c>--json</c> prints the
/// figures, formulas and indicators; <c>--portal CODE</c> prints one dossier's national portal payload.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var month = new Option<string?>("--month") { Description = "Tháng báo cáo yyyy-MM, ví dụ 2026-03 / the month, e.g. 2026-03" };
        var from = new Option<string?>("--from") { Description = "Ngày đầu kỳ yyyy-MM-dd (giờ Việt Nam) / first day, Vietnam time" };
        var to = new Option<string?>("--to") { Description = "Ngày cuối kỳ yyyy-MM-dd, tính cả ngày này / last day, included" };
        var unit = new Option<string?>("--unit") { Description = "Chỉ đơn vị này và các đơn vị trực thuộc / only this unit and its sub-units" };
        var group = new Option<string?>("--group") { Description = "unit (mặc định), procedure, field, channel / rows by" };
        var xlsx = new Option<string?>("--xlsx") { Description = "Ghi báo cáo ra tệp Excel / write the report to an Excel file" };
        var json = new Option<bool>("--json") { Description = "In báo cáo, công thức và chỉ số dạng JSON / print the report, formulas and indicators as JSON" };
        var portal = new Option<string?>("--portal") { Description = "In gói dữ liệu đồng bộ Cổng DVCQG của một hồ sơ theo mã / print one dossier's national portal payload" };
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var language = CommonOptions.Language();
        var procedures = CommonOptions.Procedures();
        var command = new Command("report", "Báo cáo tình hình giải quyết hồ sơ, chỉ số đánh giá, đồng bộ Cổng DVCQG / dossier report, indicators, portal payload")
        {
            month, from, to, unit, group, xlsx, json, portal, provider, connection, language, procedures,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            var workspace = ProceduresWorkspace.Load(ProceduresFolder.Resolve(result.GetValue(procedures)), culture);
            using var engine = EngineServices.For(DatabaseArguments.Resolve(result.GetValue(provider), result.GetValue(connection)), workspace);
            var database = engine.GetRequiredService<WorkflowDbContextFactory>();
            if (result.GetValue(portal) is { } code)
            {
                var payload = new PortalPayloadBuilder(database, workspace).ForCodeAsync(code).GetAwaiter().GetResult()
                    ?? throw new CliException(Text.Pick(culture, $"Không có hồ sơ mã \"{code}\".", $"There is no dossier \"{code}\"."));
                Console.WriteLine(PortalPayloadBuilder.ToJson(payload));
                return 0;
            }

            var period = Period(result.GetValue(month), result.GetValue(from), result.GetValue(to), culture);
            var grouping = ReportGrouping.Unit;
            if (result.GetValue(group) is { } groupText && !ReportLabels.TryParseGrouping(groupText, out grouping))
            {
                throw new CliException(Text.Pick(culture, $"--group \"{groupText}\" không hợp lệ: dùng unit, procedure, field hoặc channel.",
                    $"--group \"{groupText}\" is not valid: use unit, procedure, field or channel."));
            }

            var request = new ReportRequest(period, grouping, result.GetValue(unit), culture);
            DossierReport report;
            IndicatorReport indicators;
            try
            {
                report = new ReportService(database, workspace).DossierReportAsync(request).GetAwaiter().GetResult();
                indicators = new IndicatorService(database, workspace).IndicatorsAsync(request).GetAwaiter().GetResult();
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message.Split(" (Parameter", 2)[0]);
            }

            if (result.GetValue(xlsx) is { } path)
            {
                PeriodicReportWorkbook.Save(report, path);
                Console.Error.WriteLine(Text.Pick(culture, $"Đã ghi {Path.GetFullPath(path)}", $"Wrote {Path.GetFullPath(path)}"));
            }

            Console.WriteLine(result.GetValue(json) ? ReportJson.Write(report, indicators) : ReportText.Write(report, indicators));
            return 0;
        }));
        return command;
    }

    private static ReportPeriod Period(string? month, string? from, string? to, CultureInfo culture)
    {
        if (month is not null)
        {
            if (from is not null || to is not null)
            {
                throw new CliException(Text.Pick(culture, "Dùng --month hoặc --from/--to, không dùng cả hai.", "Give --month or --from/--to, not both."));
            }

            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                throw new CliException(Text.Pick(culture, $"--month \"{month}\" không hợp lệ: ghi yyyy-MM, ví dụ 2026-03.", $"--month \"{month}\" is not valid: write yyyy-MM, e.g. 2026-03."));
            }

            return ReportPeriod.Month(first.Year, first.Month);
        }

        if (from is null || to is null)
        {
            throw new CliException(Text.Pick(culture, "Cần --month, hoặc cả --from và --to.", "Give --month, or both --from and --to."));
        }

        var start = ParseDate(from, "--from", culture);
        var end = ParseDate(to, "--to", culture);
        if (end < start)
        {
            throw new CliException(Text.Pick(culture, $"--to {VietnamTime.FormatDate(end)} trước --from {VietnamTime.FormatDate(start)}.", $"--to {VietnamTime.FormatDate(end)} is before --from {VietnamTime.FormatDate(start)}."));
        }

        return new ReportPeriod(start, end);
    }

    private static DateOnly ParseDate(string text, string option, CultureInfo culture) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliException(Text.Pick(culture, $"{option} \"{text}\" không hợp lệ: ghi yyyy-MM-dd.", $"{option} \"{text}\" is not valid: write yyyy-MM-dd."));
}
