using System.Collections.Immutable;
using Workflow.Engine.Organisation;

namespace Workflow.Engine.Tests.Organisation;

public class ValidityPeriodTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void The_start_is_included_and_the_end_excluded()
    {
        var period = new ValidityPeriod(D(2009, 12, 1), D(2025, 7, 1));

        Assert.True(period.Contains(D(2009, 12, 1)));
        Assert.True(period.Contains(D(2025, 6, 30)));
        Assert.False(period.Contains(D(2025, 7, 1)));
        Assert.False(period.Contains(D(2009, 11, 30)));
        Assert.True(new ValidityPeriod(D(2025, 7, 1), null).Contains(DateOnly.MaxValue));
    }

    [Fact]
    public void Periods_that_meet_do_not_overlap()
    {
        var before = new ValidityPeriod(D(2010, 1, 1), D(2025, 7, 1));
        var after = new ValidityPeriod(D(2025, 7, 1), null);

        Assert.False(before.Overlaps(after));
        Assert.False(after.Overlaps(before));
        Assert.True(new ValidityPeriod(D(2025, 6, 30), null).Overlaps(before));
        Assert.True(new ValidityPeriod(D(2000, 1, 1), null).Overlaps(after));
    }

    [Fact]
    public void The_first_day_not_covered_is_found_across_consecutive_periods()
    {
        var child = new ValidityPeriod(D(2016, 1, 1), null);
        var consecutive = new[] { new ValidityPeriod(D(2003, 7, 1), D(2025, 3, 1)), new ValidityPeriod(D(2025, 3, 1), null) };
        var withGap = new[] { new ValidityPeriod(D(2003, 7, 1), D(2025, 3, 1)), new ValidityPeriod(D(2025, 4, 1), null) };

        Assert.Null(child.FirstDayNotCoveredBy(consecutive));
        Assert.Equal(D(2025, 3, 1), child.FirstDayNotCoveredBy(withGap));
        Assert.Equal(D(2016, 1, 1), child.FirstDayNotCoveredBy([]));
        Assert.Null(new ValidityPeriod(D(2016, 1, 1), D(2020, 1, 1)).FirstDayNotCoveredBy(withGap));
    }

    [Fact]
    public void Records_and_kinds_compare_by_value_including_their_lists()
    {
        var period = new ValidityPeriod(D(2025, 7, 1), null);
        var a = new UnitRecord("x", "H55.32", "Xã", null, "commune", "p", period, ["a", "b"], []);
        var b = new UnitRecord("x", "H55.32", "Xã", null, "commune", "p", period, new List<string> { "a", "b" }, ImmutableArray<string>.Empty);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Code = "H55.33" });
        Assert.Equal(
            new UnitKind("k", "K", "K", AdministrativeLevel.Commune, ["head"]),
            new UnitKind("k", "K", "K", AdministrativeLevel.Commune, new List<string> { "head" }));
    }

    [Fact]
    public void A_record_keeps_its_lists_even_if_the_caller_changes_theirs()
    {
        var serves = new List<string> { "a" };
        var record = new UnitRecord("x", "H01", "X", null, "commune", null, new ValidityPeriod(D(2020, 1, 1), null), serves, []);

        serves.Add("b");

        Assert.Equal(["a"], record.Serves);
    }
}
