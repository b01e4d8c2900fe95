using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Tests.Support;
using Workflow.Engine.Workspace;

namespace Workflow.Engine.Tests.Definitions;

/// <summary>The procedures shipped in procedures/ load cleanly and say what DOMAIN.md says.</summary>
public class SampleProcedureTests
{
    private static readonly Lazy<ProceduresWorkspace> Workspace = new(() => ProceduresWorkspace.Load(RepositoryPaths.Procedures));

    [Fact]
    public void Every_sample_loads_without_errors()
    {
        Assert.DoesNotContain(Workspace.Value.Problems, p => p.IsError);
        Assert.True(Workspace.Value.Catalog.All.Count() >= 8);
    }

    /// <summary>
    /// The published same-day samples give their steps a working day in all, while only 2 hours are
    /// left after the 15:00 cut-off; the warning stays until new versions shorten the steps.
    /// </summary>
    [Fact]
    public void The_only_warnings_are_the_same_day_samples_whose_steps_do_not_fit_after_the_cut_off()
    {
        var warnings = Workspace.Value.Problems.Where(p => !p.IsError).Select(p => (p.Code, p.File)).Order().ToList();
        Assert.Equal(
            [("WF041", "procedures/birth-registration/v1.json"), ("WF041", "procedures/birth-registration/v2.json"), ("WF041", "procedures/certified-copy/v1.json"), ("WF041", "procedures/signature-certification/v1.json")],
            warnings);
    }

    [Theory]
    [InlineData("birth-registration", "1.001193")]
    [InlineData("certified-copy", "2.000815")]
    [InlineData("signature-certification", "2.000884")]
    [InlineData("business-household-registration", "1.001612")]
    public void Samples_carry_their_national_codes(string id, string code)
    {
        Assert.All(Workspace.Value.Catalog.Versions(id), v => Assert.Equal(code, v.Code));
    }

    [Fact]
    public void Every_sample_is_published_but_an_open_draft_of_its_next_version()
    {
        var catalog = Workspace.Value.Catalog;
        Assert.All(catalog.All.Where(d => d.Status != DefinitionStatus.Published),
            d => Assert.Equal(d.Version, catalog.Versions(d.Id)[^1].Version));
        Assert.All(catalog.ProcedureIds, id => Assert.Contains(catalog.Versions(id), v => v.Status == DefinitionStatus.Published));
    }

    [Fact]
    public void Same_day_procedures_have_the_three_pm_cut_off()
    {
        foreach (var id in new[] { "birth-registration", "certified-copy", "signature-certification" })
        {
            var time = Workspace.Value.Catalog.Find(id, 1)!.StatutoryTime.ToDuration();
            Assert.Equal(DurationUnit.SameDay, time.Unit);
            Assert.Equal(new TimeOnly(15, 0), time.Cutoff);
        }
    }

    [Fact]
    public void The_certified_copy_fee_is_tiered_and_capped()
    {
        var fee = Assert.Single(Workspace.Value.Catalog.Find("certified-copy", 1)!.Fees);
        Assert.Equal([2000m, 1000m], fee.Tiers.Select(t => t.Amount));
        Assert.Equal(200000m, fee.Max);
        Assert.Equal("pages", fee.QuantityField);
    }

    [Fact]
    public void The_land_certificate_crosses_levels_and_pauses_while_the_citizen_pays()
    {
        var land = Workspace.Value.Catalog.Find("land-first-certificate", 1)!;
        Assert.Equal(10m, land.StatutoryTime.Value);
        Assert.Equal(20m, Assert.Single(land.StatutoryTime.Alternatives).Value);
        var kinds = land.Process.Steps.Where(s => s.Kind == StepKind.Task).Select(s => s.Assignee!.UnitKind).Distinct();
        Assert.Equal(["commune", "land-registry-branch", "tax-office", "land-registry-office"], kinds);
        var wait = Assert.Single(land.Process.Steps, s => s.Kind == StepKind.Wait);
        Assert.Equal((WaitReason.Obligation, ClockEffect.Pause), (wait.WaitFor, wait.Clock));
    }

    [Fact]
    public void The_building_permit_v2_moves_to_the_commune_and_changes_its_process()
    {
        var catalog = Workspace.Value.Catalog;
        var v1 = catalog.Find("building-permit-house", 1)!;
        var v2 = catalog.Find("building-permit-house", 2)!;
        Assert.Equal(("district", "commune"), (v1.ReceivingUnitKind, v2.ReceivingUnitKind));
        Assert.Equal(JoinMode.All, v1.Process.Find("opinions-received")!.Mode);
        Assert.Equal((JoinMode.Count, 2), (v2.Process.Find("opinions-received")!.Mode!.Value, v2.Process.Find("opinions-received")!.Count!.Value));
        Assert.NotNull(v2.Process.Find("needs-opinions"));
        Assert.Null(v1.Process.Find("needs-opinions"));
        Assert.Equal(1, catalog.InForce("building-permit-house", new DateOnly(2025, 6, 30))!.Version);
        Assert.Equal(2, catalog.InForce("building-permit-house", new DateOnly(2025, 7, 1))!.Version);
    }

    [Fact]
    public void Every_join_mode_appears_in_some_sample()
    {
        var modes = Workspace.Value.Catalog.All.SelectMany(d => d.Process.Steps).Where(s => s.Kind == StepKind.Join).Select(s => s.Mode!.Value).Distinct();
        Assert.Equal([JoinMode.All, JoinMode.Any, JoinMode.Count], modes.Order());
    }
}
