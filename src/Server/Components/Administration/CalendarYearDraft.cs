using System.Globalization;
using Workflow.Engine.Calendars;

namespace Workflow.Server.Components.Administration;

/// <summary>A year of the working calendar being edited: its days off and its worked weekend days (làm bù).</summary>
public sealed class CalendarYearDraft
{
    public int Year { get; set; }

    public bool Provisional { get; set; }

    public string? Note { get; set; }

    public List<CalendarDayDraft> DaysOff { get; set; } = [];

    public List<CalendarDayDraft> WorkingWeekendDays { get; set; } = [];

    public static CalendarYearDraft From(CalendarYear? year, int number) => year is null
        ? new CalendarYearDraft { Year = number, Provisional = true }
        : new CalendarYearDraft
        {
            Year = year.Year,
            Provisional = year.Provisional,
            Note = year.Note,
            DaysOff = year.DaysOff.OrderBy(d => d.Date).Select(d => new CalendarDayDraft { Date = Iso(d.Date), Name = d.Name, NameEn = d.EnglishName, Note = d.Note }).ToList(),
            WorkingWeekendDays = year.WorkingWeekendDays.OrderBy(d => d.Date).Select(d => new CalendarDayDraft { Date = Iso(d.Date), Name = d.Name, NameEn = d.EnglishName, Note = d.Note }).ToList(),
        };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
