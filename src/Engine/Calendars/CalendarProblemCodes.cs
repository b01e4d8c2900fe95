namespace Workflow.Engine.Calendars;

/// <summary>The codes of the problems the calendar loader reports (see docs/deadlines.md).</summary>
public static class CalendarProblemCodes
{
    /// <summary>The file is not valid JSON or cannot be read.</summary>
    public const string MalformedJson = "CAL001";

    /// <summary>A field the format does not know (often a typo).</summary>
    public const string UnknownField = "CAL002";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "CAL003";

    /// <summary>A value of the wrong type or format (date, time, weekday, year, text).</summary>
    public const string InvalidValue = "CAL004";

    /// <summary>A date that does not belong to the file's year.</summary>
    public const string DateOutsideYear = "CAL005";

    /// <summary>The <c>year</c> field does not match the file name.</summary>
    public const string YearDoesNotMatchFileName = "CAL006";

    /// <summary>A day off on a weekly rest day (the compensation day should be listed instead).</summary>
    public const string DayOffOnWeeklyRestDay = "CAL007";

    /// <summary>A date listed twice in a year file, or a weekday listed twice in a working week.</summary>
    public const string DuplicateDate = "CAL008";

    /// <summary>A make-up working day that is not a weekly rest day (Saturday or Sunday).</summary>
    public const string MakeUpDayNotOnWeekend = "CAL009";

    /// <summary>A working period that ends before it starts, overlaps another, or an empty period list.</summary>
    public const string InvalidPeriod = "CAL010";

    /// <summary>A weekly schedule without any working day.</summary>
    public const string NoWorkingDay = "CAL011";

    /// <summary>The calendars folder does not exist.</summary>
    public const string FolderNotFound = "CAL012";

    /// <summary>No working-hours.json: the built-in default week is used (warning).</summary>
    public const string WorkingHoursFileMissing = "CAL013";

    /// <summary>A file in the folder that is neither a year file nor working-hours.json (warning).</summary>
    public const string UnrecognisedFile = "CAL014";

    /// <summary>A year missing between two loaded years (warning).</summary>
    public const string MissingYearBetween = "CAL015";

    /// <summary>A unit override that changes nothing (warning).</summary>
    public const string EmptyUnitOverride = "CAL016";

    /// <summary>No year file at all: only the weekly pattern applies (warning).</summary>
    public const string NoYearFile = "CAL017";
}
