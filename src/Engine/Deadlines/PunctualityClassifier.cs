using Workflow.Engine.Calendars;

namespace Workflow.Engine.Deadlines;

/// <summary>
/// Classifies a finish against a due instant: early before the due date's local day, on time on
/// that day up to and including the due instant, late after it. Days are Vietnamese local days.
/// </summary>
public static class PunctualityClassifier
{
    public static Punctuality Classify(DateTimeOffset finished, DateTimeOffset due)
    {
        if (finished > due)
        {
            return Punctuality.Late;
        }

        return VietnamTime.LocalDate(finished) < VietnamTime.LocalDate(due) ? Punctuality.Early : Punctuality.OnTime;
    }
}
