using Workflow.Engine.Reporting;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Reporting;

/// <summary>Roll-up through the effective-dated organisation: a unit sits where it stood during the period.</summary>
public sealed class UnitHierarchyTests
{
    private static UnitHierarchy For(DateOnly from, DateOnly to) => new(EngineHarness.RepositoryWorkspace.Organisation, new ReportPeriod(from, to));

    [Fact]
    public void A_ward_abolished_on_1_July_2025_rolls_up_into_its_old_town_in_a_period_across_the_change()
    {
        var hierarchy = For(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 31));

        // p-an-lac existed until 30/06/2025, under the town tx-hoa-an; x-tan-phu-my from 01/07/2025, under the province.
        Assert.Equal(new DateOnly(2025, 6, 30), hierarchy.ReferenceDate("p-an-lac"));
        Assert.Equal(["p-an-lac", "tx-hoa-an", "tinh-binh-minh"], hierarchy.Chain("p-an-lac"));
        Assert.Equal(["x-tan-phu-my", "tinh-binh-minh"], hierarchy.Chain("x-tan-phu-my"));
        Assert.Equal(
            [("tinh-binh-minh", 0), ("tx-hoa-an", 1), ("p-an-lac", 2), ("x-tan-phu-my", 1)],
            hierarchy.Tree(["p-an-lac", "x-tan-phu-my"], scopeUnitId: null));
        Assert.Contains("p-an-lac", hierarchy.Within("tx-hoa-an"));
        Assert.DoesNotContain("x-tan-phu-my", hierarchy.Within("tx-hoa-an"));
    }

    [Fact]
    public void Old_dossiers_of_a_unit_that_ended_before_the_period_keep_their_old_agency()
    {
        var hierarchy = For(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

        Assert.Equal(new DateOnly(2025, 6, 30), hierarchy.ReferenceDate("p-an-lac"));
        Assert.Equal(["p-an-lac", "tx-hoa-an", "tinh-binh-minh"], hierarchy.Chain("p-an-lac"));
        Assert.Equal("H55.24.21", hierarchy.CodeOf("p-an-lac"));
        Assert.Null(hierarchy.ReferenceDate("no-such-unit"));
        Assert.Equal(["no-such-unit"], hierarchy.Chain("no-such-unit"));
    }

    [Fact]
    public void A_scope_makes_its_unit_the_top_row()
    {
        var hierarchy = For(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

        Assert.Equal([("x-tan-phu-my", 0), ("x-tan-phu-my-kt", 1)], hierarchy.Tree(["x-tan-phu-my-kt", "p-hoa-an"], "x-tan-phu-my"));
    }
}
