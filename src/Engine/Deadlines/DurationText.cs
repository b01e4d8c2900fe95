using System.Globalization;
using Workflow.Engine.Calendars;

namespace Workflow.Engine.Deadlines;

/// <summary>How durations and working time read in explanations, in Vietnamese or English.</summary>
public static class DurationText
{
    /// <summary>"5 ngày làm việc" / "5 working days", "0,5 ngày làm việc", "16 giờ làm việc", "30 ngày (kể cả ngày nghỉ)".</summary>
    public static string Of(Duration duration, CultureInfo? culture)
    {
        var number = MessageLanguage.Number(duration.Value, culture);
        var one = duration.Value == 1;
        if (MessageLanguage.IsEnglish(culture))
        {
            return duration.Unit switch
            {
                DurationUnit.WorkingDays => $"{number} working day{(one ? "" : "s")}",
                DurationUnit.WorkingHours => $"{number} working hour{(one ? "" : "s")}",
                DurationUnit.CalendarDays => $"{number} calendar day{(one ? "" : "s")}",
                _ => $"same day (cut-off {Cutoff(duration)})",
            };
        }

        return duration.Unit switch
        {
            DurationUnit.WorkingDays => $"{number} ngày làm việc",
            DurationUnit.WorkingHours => $"{number} giờ làm việc",
            DurationUnit.CalendarDays => $"{number} ngày (kể cả ngày nghỉ)",
            _ => $"trong ngày (giờ chốt {Cutoff(duration)})",
        };
    }

    /// <summary>Working time as whole working days when it is, otherwise hours: "3 ngày làm việc", "19,5 giờ làm việc".</summary>
    public static string WorkingTime(TimeSpan workingTime, TimeSpan standardDay, CultureInfo? culture)
    {
        if (workingTime.Ticks % standardDay.Ticks == 0)
        {
            return Of(Duration.WorkingDays(workingTime.Ticks / standardDay.Ticks), culture);
        }

        return Of(Duration.WorkingHours(Hours(workingTime)), culture);
    }

    public static decimal Hours(TimeSpan time) => decimal.Round((decimal)time.Ticks / TimeSpan.TicksPerHour, 2);

    public static string Cutoff(Duration duration) =>
        (duration.Cutoff ?? Duration.DefaultSameDayCutoff).ToString("HH:mm", CultureInfo.InvariantCulture);
}
