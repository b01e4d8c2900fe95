using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Results;

/// <summary>How long a result issued on a day is valid: from that day, for the definition's term when it gives one.</summary>
public static class ResultValidity
{
    /// <summary>The last day of validity, inclusive ("đến hết ngày"): a 12-month result issued on 15/03 is valid to 14/03 of the next year.</summary>
    public static DateOnly? ValidTo(ResultDocument result, DateOnly issuedOn) =>
        result.ValidMonths is { } months ? issuedOn.AddMonths(months).AddDays(-1) : null;
}
