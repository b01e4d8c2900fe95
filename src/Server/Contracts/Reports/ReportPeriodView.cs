using Workflow.Engine.Calendars;
using Workflow.Engine.Reporting;

namespace Workflow.Server.Contracts.Reports;

/// <summary>The local dates a report covers (both included, Asia/Ho_Chi_Minh) and, for a period still running, the moment its figures go up to.</summary>
public sealed record ReportPeriodView(DateOnly From, DateOnly To, DateTimeOffset? MeasuredUntil, string Description)
{
    public static ReportPeriodView Of(ReportPeriod period) => new(period.From, period.To,
        period.MeasuredUntilUtc is { } until ? VietnamTime.ToLocal(new DateTimeOffset(until, TimeSpan.Zero)) : null,
        period.Describe(System.Globalization.CultureInfo.CurrentUICulture));
}
