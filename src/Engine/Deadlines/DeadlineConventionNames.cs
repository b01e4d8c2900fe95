namespace Workflow.Engine.Deadlines;

/// <summary>The spellings of <see cref="DeadlineConvention"/> in settings files and on the command line.</summary>
public static class DeadlineConventionNames
{
    public const string CivilCode = "civil-code";

    public const string WorkingHours = "working-hours";

    public static string NameOf(DeadlineConvention convention) => convention switch
    {
        DeadlineConvention.CivilCode => CivilCode,
        DeadlineConvention.WorkingHours => WorkingHours,
        _ => throw new ArgumentOutOfRangeException(nameof(convention)),
    };

    public static bool TryParse(string? text, out DeadlineConvention convention)
    {
        switch (text)
        {
            case CivilCode: convention = DeadlineConvention.CivilCode; return true;
            case WorkingHours: convention = DeadlineConvention.WorkingHours; return true;
            default: convention = default; return false;
        }
    }
}
