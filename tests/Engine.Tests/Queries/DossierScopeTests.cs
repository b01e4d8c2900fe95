using Workflow.Engine.Calendars;
using Workflow.Engine.Queries.Dossiers;
using Workflow.Engine.Queries.Scope;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Queries;

/// <summary>Which dossiers an officer's search lists: received by one of their units, or worked on there; nothing else.</summary>
public class DossierScopeTests
{
    private static readonly Dictionary<string, object?> Permit = new() { ["floorArea"] = 180, ["floors"] = 3, ["heritageZone"] = false };

    [Fact]
    public async Task An_officer_sees_dossiers_received_by_their_unit_or_handed_to_it_and_no_others()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var handedOn = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my", Permit);
        var stillAtDesk = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my", Permit);
        var elsewhere = await h.ReceiveAtDeskAsync("building-permit-house", "p-hoa-an", Permit);
        await h.CompleteAsync(handedOn.DossierId, "receive", "transfer");

        Assert.Equal([handedOn.DossierId, stillAtDesk.DossierId], await VisibleAsync(h, EngineHarness.Officer("x-tan-phu-my", "desk-officer").Id));
        // The economic office received nothing: it sees only the dossier handed to it for review.
        Assert.Equal([handedOn.DossierId], await VisibleAsync(h, EngineHarness.Officer("x-tan-phu-my-kt", "specialist").Id));
        Assert.Equal([elsewhere.DossierId], await VisibleAsync(h, EngineHarness.Officer("p-hoa-an", "desk-officer").Id));
        Assert.Empty(await VisibleAsync(h, "nobody@nowhere"));

        // With search text (PostgreSQL then finds by text first and checks the scope row by row).
        var code = (await h.DossierAsync(handedOn.DossierId)).Code;
        Assert.Equal([handedOn.DossierId], await VisibleAsync(h, EngineHarness.Officer("x-tan-phu-my-kt", "specialist").Id, code));
        Assert.Equal(2, (await VisibleAsync(h, EngineHarness.Officer("x-tan-phu-my", "desk-officer").Id, "minh thư")).Count);
        Assert.Empty(await VisibleAsync(h, EngineHarness.Officer("p-hoa-an", "desk-officer").Id, code));
    }

    [Fact]
    public async Task The_search_and_the_single_dossier_check_agree()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var handedOn = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my", Permit);
        var other = await h.ReceiveAtDeskAsync("building-permit-house", "p-hoa-an", Permit);
        await h.CompleteAsync(handedOn.DossierId, "receive", "transfer");

        var specialist = EngineHarness.Officer("x-tan-phu-my-kt", "specialist").Id;
        await using var db = h.Database.Create();
        var memberships = await OfficerMemberships.LoadAsync(db, specialist, VietnamTime.LocalDate(h.Clock.GetUtcNow()), CancellationToken.None);
        Assert.True(await DossierScope.CanViewAsync(db, memberships, handedOn.DossierId, CancellationToken.None));
        Assert.False(await DossierScope.CanViewAsync(db, memberships, other.DossierId, CancellationToken.None));
        Assert.Equal([handedOn.DossierId], await VisibleAsync(h, specialist));
    }

    private static async Task<List<Guid>> VisibleAsync(EngineHarness h, string officerId, string? search = null)
    {
        var page = await new DossierSearchQuery(h.Database, h.Clock).SearchAsync(officerId, new DossierSearchFilter(search));
        Assert.Equal(page.Items.Count, page.Total);
        return page.Items.Select(d => d.Id).Order().ToList();
    }
}
