using Workflow.Engine.Queries.Dossiers;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Queries;

/// <summary>Searching matches part of a dossier's code or of its applicant's name, accents and case ignored, and nothing else.</summary>
public class DossierSearchTests
{
    private static readonly Dictionary<string, object?> Permit = new() { ["floorArea"] = 180, ["floors"] = 3, ["heritageZone"] = false };

    [Fact]
    public async Task Part_of_a_code_or_of_a_name_finds_the_dossier_and_wildcards_are_taken_literally()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var received = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my", Permit);
        var dossier = await h.DossierAsync(received.DossierId);
        var search = new DossierSearchQuery(h.Database, h.Clock);

        async Task<int> Found(string text) => (await search.SearchAsync(null, new DossierSearchFilter(text))).Total;

        Assert.Equal(1, await Found(dossier.Code));
        Assert.Equal(1, await Found(dossier.Code[3..^2].ToLowerInvariant()));
        var given = dossier.ApplicantName.Split(' ')[^1];
        Assert.Equal(1, await Found(given.ToUpperInvariant()));
        Assert.Equal(1, await Found(dossier.ApplicantSearchName[2..^1]));
        Assert.Equal(0, await Found("%"));
        Assert.Equal(0, await Found("_"));
        Assert.Equal(0, await Found(dossier.Code[..3] + "%" + dossier.Code[^3..]));
        Assert.Equal(0, await Found("\\"));
    }
}
