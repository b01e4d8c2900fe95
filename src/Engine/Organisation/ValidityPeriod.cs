using System.Globalization;

namespace Workflow.Engine.Organisation;

/// <summary>
/// The local dates a record is in force: from <see cref="From"/> (included) until
/// <see cref="To"/> (excluded); no end means still in force. Exclusive ends let one record
/// end on the very day its successor starts, as reorganisations are written in law.
/// </summary>
public readonly record struct ValidityPeriod(DateOnly From, DateOnly? To)
{
    public bool IsOpen => To is null;

    public bool Contains(DateOnly date) => date >= From && (To is null || date < To.Value);

    public bool Overlaps(ValidityPeriod other) =>
        (To is null || other.From < To.Value) && (other.To is null || From < other.To.Value);

    /// <summary>
    /// The first day of this period on which none of <paramref name="cover"/> is in force,
    /// or null when together they cover all of it (used to check that a parent outlives its child).
    /// </summary>
    public DateOnly? FirstDayNotCoveredBy(IEnumerable<ValidityPeriod> cover)
    {
        var periods = cover.ToList();
        var day = From;
        while (To is null || day < To.Value)
        {
            ValidityPeriod? covering = periods.Where(p => p.Contains(day)).Select(p => (ValidityPeriod?)p).FirstOrDefault();
            if (covering is not { } found)
            {
                return day;
            }

            if (found.To is not { } next)
            {
                return null;
            }

            // Always moves forward: a period containing the day ends after it.
            day = next;
        }

        return null;
    }

    public override string ToString() =>
        $"[{From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, {To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"})";
}
