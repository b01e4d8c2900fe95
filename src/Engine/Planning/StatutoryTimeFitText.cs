using System.Globalization;
using Workflow.Engine.Calendars;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Planning;

/// <summary>How a <see cref="StatutoryTimeFit"/> reads, in Vietnamese or English: the receipt, its due instant, the planned finish and by how much.</summary>
public static class StatutoryTimeFitText
{
    /// <summary>"hồ sơ nhận lúc 29/04/2026 16:00 (thứ Tư, trước kỳ nghỉ Ngày Chiến thắng)".</summary>
    public static string Receipt(StatutoryTimeFit fit, CultureInfo? culture)
    {
        var day = fit.Day;
        var weekday = MessageLanguage.Weekday(day.Date.DayOfWeek, culture);
        var why = day switch
        {
            { HolidayAhead: { } holiday } => MessageLanguage.Pick(culture, $", trước kỳ nghỉ {holiday.Name}", $", before the {holiday.DisplayName(culture)} holiday"),
            { BeforeRest: true } => MessageLanguage.Pick(culture, ", trước ngày nghỉ cuối tuần", ", before the weekend"),
            { HolidayBehind: { } holiday } => MessageLanguage.Pick(culture, $", ngày làm việc đầu tiên sau kỳ nghỉ {holiday.Name}", $", the first working day after the {holiday.DisplayName(culture)} holiday"),
            { AfterRest: true } => MessageLanguage.Pick(culture, ", ngày làm việc đầu tiên sau ngày nghỉ cuối tuần", ", the first working day after the weekend"),
            _ => "",
        };
        return MessageLanguage.Pick(culture,
            $"hồ sơ nhận lúc {VietnamTime.Format(fit.Received)} ({weekday}{why})",
            $"a dossier received at {VietnamTime.Format(fit.Received)} ({weekday}{why})");
    }

    /// <summary>
    /// "Trường hợp xấu nhất: hồ sơ nhận lúc … có hạn 06/05/2026 17:00, nhưng bước cuối dự kiến xong lúc 07/05/2026 11:00, trễ 4 giờ làm việc."
    /// or, when it fits, the receipt with the least time to spare.
    /// </summary>
    public static string Sentence(StatutoryTimeFit fit, TimeSpan standardDay, CultureInfo? culture)
    {
        var receipt = Receipt(fit, culture);
        var due = VietnamTime.Format(fit.StatutoryDue);
        var finish = VietnamTime.Format(fit.PlannedFinish);
        if (!fit.Fits)
        {
            var late = DurationText.WorkingTime(fit.Overrun, standardDay, culture);
            return MessageLanguage.Pick(culture,
                $"Trường hợp xấu nhất: {receipt} có hạn {due}, nhưng bước cuối dự kiến xong lúc {finish}, trễ {late}.",
                $"Worst case: {receipt} is due {due}, but its last step is planned for {finish}, {late} late.");
        }

        return MessageLanguage.Pick(culture,
            $"Kịp hạn với mọi giờ tiếp nhận; sát hạn nhất là {receipt}: hạn {due}, bước cuối xong lúc {finish}.",
            $"Fits whenever the dossier is received; the closest is {receipt}: due {due}, last step by {finish}.");
    }

    /// <summary>The route that finishes last, its tasks with their durations: "receive 0,5 ngày làm việc → review 1 ngày làm việc".</summary>
    public static string Route(StatutoryTimeFit fit, ProcedureDefinition definition, CultureInfo? culture) =>
        string.Join(" → ", fit.Route.Select(definition.Process.Find)
            .Select(s => s is { Kind: StepKind.Task, Duration: { } duration } ? $"{s.Id} {DurationText.Of(duration.ToDuration(), culture)}" : null)
            .OfType<string>());
}
