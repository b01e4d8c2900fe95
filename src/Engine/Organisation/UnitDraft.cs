using Newtonsoft.Json.Linq;
using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Organisation;

/// <summary>
/// A unit record as read from the file, before cross-checks. Fields are null where the file
/// was wrong, so later checks skip what was already reported instead of repeating it.
/// </summary>
internal sealed record UnitDraft(
    JObject Token,
    int Index,
    IdReference? Id,
    IdReference? Code,
    string? Name,
    string? NameEn,
    IdReference? Kind,
    IdReference? Parent,
    DateOnly? ValidFrom,
    JToken? ValidFromToken,
    DateOnly? ValidTo,
    JToken? ValidToToken,
    IReadOnlyList<IdReference> Serves,
    IReadOnlyList<IdReference> Successors,
    JToken? SuccessorsToken)
{
    /// <summary>Whether validTo was written at all (even if it was not a valid date).</summary>
    public bool HasValidTo => ValidToToken is not null;

    /// <summary>The period, when both dates are valid and the end comes after the start; null otherwise.</summary>
    public ValidityPeriod? Period =>
        ValidFrom is { } from && (!HasValidTo || (ValidTo is { } to && to > from))
            ? new ValidityPeriod(from, ValidTo)
            : null;

    public int Line => ProblemList.Position(Token).Line;
}
