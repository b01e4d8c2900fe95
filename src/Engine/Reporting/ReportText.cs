using System.Globalization;
using System.Text;
using Workflow.Engine.Calendars;
using Workflow.Engine.Localization;
using Workflow.Engine.Reporting.Indicators;

namespace Workflow.Engine.Reporting;

/// <summary>The report as plain text for a terminal: the table, the late units, the indicators, and where the formulas are.</summary>
public static class ReportText
{
    public static string Write(DossierReport report, IndicatorReport? indicators = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var culture = report.Request.Culture;
        var text = new StringBuilder();
        text.AppendLine(Text.Pick(culture, "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", "HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS"));
        text.AppendLine($"{report.ScopeName}{(report.ScopeCode is null ? "" : $" ({report.ScopeCode})")}, {report.Request.Period.Describe(culture)}; {Text.Pick(culture, "lập lúc", "produced")} {VietnamTime.Format(report.GeneratedAt)}");
        text.AppendLine();
        string[] headers = Text.IsEnglish(culture)
            ? ["Received", "Carried", "New onl.", "New desk", "New post", "Finished", "Early", "On time", "Late", "Open", "Overdue", "Wdr/stop", "On-time"]
            : ["Nhận", "Kỳ trước", "Mới TT", "Mới TiếpN", "Mới BC", "Đã GQ", "Trước hạn", "Đúng hạn", "Quá hạn", "Đang GQ", "Quá hạn", "Rút/dừng", "Đúng hạn%"];
        var nameWidth = Math.Max(24, report.Rows.Select(r => r.Name.Length + r.Depth * 2).DefaultIfEmpty(0).Max() + 1);
        text.Append(ReportLabels.GroupingName(report.Request.Grouping, culture).PadRight(nameWidth));
        text.AppendLine(string.Concat(headers.Select(h => h.PadLeft(10))));
        foreach (var row in report.Rows)
        {
            Line(text, new string(' ', row.Depth * 2) + row.Name, nameWidth, row.Figures, culture);
        }

        Line(text, Text.Pick(culture, "Tổng cộng", "Total"), nameWidth, report.Total, culture);
        var total = report.Total;
        text.AppendLine();
        text.AppendLine(Text.Pick(culture,
            $"Đã trả kết quả {total.Returned}; yêu cầu bổ sung {total.SupplementRequests}; yêu cầu hoàn thiện khi tiếp nhận {total.AskedToComplete}; xin lỗi, hẹn lại {total.ApologiesIssued}; rút {total.Withdrawn}; từ chối tiếp nhận {total.RefusedAtIntake}; từ chối giải quyết {total.RejectedInProcessing}.",
            $"Returned {total.Returned}; supplement requests {total.SupplementRequests}; asked to complete at intake {total.AskedToComplete}; apologies {total.ApologiesIssued}; withdrawn {total.Withdrawn}; refused at intake {total.RefusedAtIntake}; rejected in processing {total.RejectedInProcessing}."));
        text.AppendLine(Text.Pick(culture,
            $"Trực tuyến {Percent(total.OnlineShare, culture)}, bưu chính {Percent(total.PostalShare, culture)} số mới tiếp nhận; thời gian giải quyết bình quân {Number(total.AverageProcessingWorkingDays, culture)} ngày làm việc; hài lòng trở lên {Percent(total.SatisfiedShare, culture)} ({total.VerySatisfied} rất hài lòng, {total.Satisfied} hài lòng, {total.NotSatisfied} không hài lòng).",
            $"Online {Percent(total.OnlineShare, culture)}, post {Percent(total.PostalShare, culture)} of new dossiers; average processing time {Number(total.AverageProcessingWorkingDays, culture)} working days; satisfied or better {Percent(total.SatisfiedShare, culture)} ({total.VerySatisfied} very satisfied, {total.Satisfied} satisfied, {total.NotSatisfied} not satisfied)."));
        text.AppendLine();
        text.AppendLine(Text.Pick(culture, "Đơn vị trễ hạn (số liệu của chính đơn vị): chuyển hồ sơ trễ / bước trễ / hồ sơ quá hạn do đơn vị / xin lỗi",
            "Late units (each unit's own figures): late handoffs / late steps / late dossiers attributed / apologies"));
        foreach (var unit in report.UnitPunctuality)
        {
            text.AppendLine($"  {new string(' ', unit.Depth * 2)}{unit.Name} ({unit.Code}): {unit.Own.HandoffsLate}/{unit.Own.Handoffs}, {unit.Own.StepsLate}/{unit.Own.Steps}, {unit.Own.LateDossiersAttributed}, {unit.Own.ApologiesIssued}");
        }

        if (indicators is not null)
        {
            text.AppendLine();
            text.AppendLine(Text.Pick(culture, $"Chỉ số Thông tư 01/2018 ({indicators.Dossiers.Count} hồ sơ đã giải quyết; điểm bình quân 0-2):",
                $"Circular 01/2018 indices ({indicators.Dossiers.Count} finished dossiers; average points 0-2):"));
            foreach (var index in indicators.Circular01)
            {
                text.AppendLine($"  {index.Definition.Name(culture)}: {Number(index.AveragePoints, culture)} ({index.Evaluated})");
            }

            text.AppendLine(Text.Pick(culture, "Quyết định 766/QĐ-TTg:", "Decision 766/QĐ-TTg:"));
            foreach (var group in indicators.Decision766)
            {
                text.AppendLine($"  {group.Definition.Name(culture)}: {Number(group.Points, culture)}/{group.MaxPoints}");
            }

            text.AppendLine(Text.Pick(culture, $"  Cộng các nhóm có dữ liệu: {Number(indicators.SupportedPoints, culture)}/{indicators.SupportedMaximum}",
                $"  Supported groups together: {Number(indicators.SupportedPoints, culture)}/{indicators.SupportedMaximum}"));
            text.AppendLine(Text.Pick(culture, "Không tính được (thiếu dữ liệu):", "Not computed (the data does not support them):"));
            foreach (var unsupported in indicators.Unsupported)
            {
                text.AppendLine($"  {unsupported.Name(culture)}: {unsupported.Reason(culture)}");
            }
        }

        text.AppendLine();
        text.AppendLine(Text.Pick(culture, "Công thức của từng chỉ tiêu: --json hoặc trang \"Cách tính\" của tệp Excel (docs/reporting.md).",
            "Every figure's formula: --json, or the \"Formulas\" sheet of the Excel file (docs/reporting.md)."));
        return text.ToString();
    }

    private static void Line(StringBuilder text, string name, int width, DossierFigures f, CultureInfo? culture)
    {
        text.Append(name.PadRight(width));
        int[] values = [f.Received, f.CarriedOver, f.NewOnline, f.NewAtDesk, f.NewByPost, f.Finished, f.FinishedEarly, f.FinishedOnTime, f.FinishedLate, f.InProgress, f.InProgressOverdue, f.ClosedWithoutResult];
        text.Append(string.Concat(values.Select(v => v.ToString(CultureInfo.InvariantCulture).PadLeft(10))));
        text.AppendLine(Percent(f.OnTimeRate, culture).PadLeft(10));
    }

    private static string Percent(decimal? value, CultureInfo? culture) =>
        value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', Text.IsEnglish(culture) ? '.' : ',') + "%" : "-";

    private static string Number(decimal? value, CultureInfo? culture) =>
        value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', Text.IsEnglish(culture) ? '.' : ',') : "-";
}
