using System.Globalization;
using Workflow.Engine.Calendars;

namespace Workflow.Engine.Reporting;

/// <summary>
/// The local dates a report covers, first and last day included (Asia/Ho_Chi_Minh). Queries use
/// the half-open UTC range [<see cref="StartUtc"/>, <see cref="EndUtc"/>) so no instant is counted twice.
/// A period that has not ended yet is measured up to the moment the report is made (<see cref="AsOf"/>):
/// a dossier due tomorrow is within time today, not overdue because the month ends next week.
/// </summary>
public sealed record ReportPeriod
{
    public ReportPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    /// <summary>The last day of the period (included).</summary>
    public DateOnly To { get; }

    /// <summary>00:00 local of the first day, in UTC.</summary>
    public DateTime StartUtc => VietnamTime.FromLocal(From, TimeOnly.MinValue).UtcDateTime;

    /// <summary>
    /// 00:00 local of the day after the last day, in UTC (excluded); or the moment the report is made
    /// when that comes first (see <see cref="AsOf"/>).
    /// </summary>
    public DateTime EndUtc => MeasuredUntilUtc is { } until && until < DayAfterUtc ? until : DayAfterUtc;

    /// <summary>When the report was made, if the period was still running then; null for a period in the past.</summary>
    public DateTime? MeasuredUntilUtc { get; private init; }

    private DateTime DayAfterUtc => VietnamTime.FromLocal(To.AddDays(1), TimeOnly.MinValue).UtcDateTime;

    /// <summary>The same dates, measured up to <paramref name="now"/> if the period has not ended by then.</summary>
    public ReportPeriod AsOf(DateTimeOffset now) =>
        now.UtcDateTime < DayAfterUtc ? this with { MeasuredUntilUtc = now.UtcDateTime } : this;

    public static ReportPeriod Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    public bool Contains(DateTime utc) => utc >= StartUtc && utc < EndUtc;

    /// <summary>"từ ngày 01/03/2026 đến ngày 31/03/2026" / "from 01/03/2026 to 31/03/2026".</summary>
    public string Describe(CultureInfo? culture) => Localization.Text.Pick(culture,
        $"từ ngày {VietnamTime.FormatDate(From)} đến ngày {VietnamTime.FormatDate(To)}",
        $"from {VietnamTime.FormatDate(From)} to {VietnamTime.FormatDate(To)}")
        + (MeasuredUntilUtc is { } until
            ? Localization.Text.Pick(culture, $" (số liệu đến {VietnamTime.Format(new DateTimeOffset(until, TimeSpan.Zero))})", $" (figures up to {VietnamTime.Format(new DateTimeOffset(until, TimeSpan.Zero))})")
            : "");

    public override string ToString() =>
        $"{From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
