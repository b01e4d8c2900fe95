using System.Globalization;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Reporting.Excel;

/// <summary>
/// The columns of the periodic report, in the order provinces print them. A column for finished
/// dossiers without a due instant is added only when there are some, so the finished total always
/// equals the sum of its parts.
/// </summary>
internal static class ReportColumns
{
    public static IReadOnlyList<ReportColumn> For(DossierReport report, CultureInfo? culture)
    {
        var received = Text.Pick(culture, "Số hồ sơ nhận giải quyết", "Dossiers to resolve");
        var inWhich = Text.Pick(culture, "Trong đó", "Of which");
        var result = Text.Pick(culture, "Kết quả giải quyết", "Result");
        var finished = Text.Pick(culture, "Số hồ sơ đã giải quyết", "Finished");
        var open = Text.Pick(culture, "Số hồ sơ đang giải quyết", "In progress");
        var total = Text.Pick(culture, "Tổng số", "Total");
        var unclassified = report.Total.FinishedUnclassified > 0;
        var columns = new List<ReportColumn>
        {
            new(received, total, total, "", ReportFormulas.Received, f => f.Received),
            new(received, inWhich, Text.Pick(culture, "Kỳ trước chuyển qua", "Carried over"), "", ReportFormulas.CarriedOver, f => f.CarriedOver),
            new(received, inWhich, Text.Pick(culture, "Mới tiếp nhận trực tuyến", "New online"), "", ReportFormulas.NewReceived, f => f.NewOnline),
            new(received, inWhich, Text.Pick(culture, "Mới tiếp nhận trực tiếp và qua bưu chính công ích", "New at the desk and by post"), "", ReportFormulas.NewReceived, f => f.NewAtDesk + f.NewByPost),
            new(result, finished, total, "", ReportFormulas.Finished, f => f.Finished),
            new(result, finished, Text.Pick(culture, "Trước hạn", "Early"), "", ReportFormulas.FinishedEarly, f => f.FinishedEarly),
            new(result, finished, Text.Pick(culture, "Đúng hạn", "On time"), "", ReportFormulas.FinishedOnTime, f => f.FinishedOnTime),
            new(result, finished, Text.Pick(culture, "Quá hạn", "Late"), "", ReportFormulas.FinishedLate, f => f.FinishedLate),
        };
        if (unclassified)
        {
            columns.Add(new(result, finished, Text.Pick(culture, "Không xác định hạn", "No due instant"), "", ReportFormulas.Finished, f => f.FinishedUnclassified));
        }

        columns.Add(new(result, open, total, "", ReportFormulas.InProgressWithinTime, f => f.InProgress));
        columns.Add(new(result, open, Text.Pick(culture, "Trong hạn", "Within time"), "", ReportFormulas.InProgressWithinTime, f => f.InProgressWithinTime));
        columns.Add(new(result, open, Text.Pick(culture, "Quá hạn", "Overdue"), "", ReportFormulas.InProgressOverdue, f => f.InProgressOverdue));
        var closed = ReportFormulas.ClosedWithoutResult.Name(culture);
        columns.Add(new(closed, closed, closed, "", ReportFormulas.ClosedWithoutResult, f => f.ClosedWithoutResult));
        var rate = Text.Pick(culture, "Tỷ lệ giải quyết đúng hạn", "On-time rate");
        columns.Add(new(rate, rate, rate, "", ReportFormulas.OnTimeRate, f => f.OnTimeRate, IsRate: true));
        return Numbered(columns, unclassified);
    }

    /// <summary>Numbers the columns from (4) and writes how the totals add up, as the official forms do.</summary>
    private static IReadOnlyList<ReportColumn> Numbered(List<ReportColumn> columns, bool unclassified)
    {
        string N(int index) => $"({index + 4})";
        var finishedParts = unclassified ? 4 : 3;
        var finishedAt = 4;
        var openAt = finishedAt + finishedParts + 1;
        var numbers = new string[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            numbers[i] = N(i);
        }

        numbers[0] = $"{N(0)}={N(1)}+{N(2)}+{N(3)}={N(finishedAt)}+{N(openAt)}+{N(openAt + 3)}";
        numbers[finishedAt] = $"{N(finishedAt)}=" + string.Join("+", Enumerable.Range(finishedAt + 1, finishedParts).Select(N));
        numbers[openAt] = $"{N(openAt)}={N(openAt + 1)}+{N(openAt + 2)}";
        numbers[^1] = $"{N(columns.Count - 1)}=({N(finishedAt + 1)}+{N(finishedAt + 2)})/{N(finishedAt)}";
        return columns.Select((c, i) => c with { Number = numbers[i] }).ToList();
    }
}
