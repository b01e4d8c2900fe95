using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Workflow.Engine.Queries.Dossiers;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Queries;

/// <summary>
/// The search finds what is stored now: the text index (an FTS5 table on SQLite) changes in the
/// transaction that changes a dossier's name or code, and the migration that creates it indexes
/// the dossiers received before it.
/// </summary>
public class DossierSearchIndexTests
{
    private static readonly Dictionary<string, object?> Permit = new() { ["floorArea"] = 180, ["floors"] = 3, ["heritageZone"] = false };

    [Fact]
    public async Task A_renamed_applicant_is_found_by_the_new_name_once_the_rename_commits_and_a_rolled_back_rename_changes_nothing()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var received = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my", Permit);
        var search = new DossierSearchQuery(h.Database, h.Clock);
        var deskOfficer = EngineHarness.Officer("x-tan-phu-my", "desk-officer").Id;
        async Task<IReadOnlyList<Guid>> Found(string text, string? officer = null) =>
            (await search.SearchAsync(officer, new DossierSearchFilter(text))).Items.Select(d => d.Id).ToList();

        Assert.Equal([received.DossierId], await Found("Minh Thư"));

        await RenameAsync(h, received.DossierId, "Trần Văn Khoa", commit: false);
        Assert.Empty(await Found("Văn Khoa"));
        Assert.Equal([received.DossierId], await Found("minh thu"));

        await RenameAsync(h, received.DossierId, "Trần Văn Khoa", commit: true);
        Assert.Equal([received.DossierId], await Found("Văn Khoa"));
        Assert.Equal([received.DossierId], await Found("TRAN VAN", deskOfficer));
        Assert.Empty(await Found("Minh Thư"));
        Assert.Empty(await Found("Văn Khoa", EngineHarness.Officer("p-hoa-an", "desk-officer").Id));
    }

    [Fact]
    public async Task Dossiers_received_before_the_search_index_existed_are_found_once_its_migration_has_run()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var first = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my", Permit);
        await MigrateAsync(h, beforeSearchIndex: true);
        var second = await h.ReceiveAtDeskAsync("building-permit-house", "x-tan-phu-my", Permit);
        await MigrateAsync(h, beforeSearchIndex: false);

        var search = new DossierSearchQuery(h.Database, h.Clock);
        var code = (await h.DossierAsync(second.DossierId)).Code;
        Assert.Equal([second.DossierId], (await search.SearchAsync(null, new DossierSearchFilter(code))).Items.Select(d => d.Id));
        var byName = await search.SearchAsync(EngineHarness.Officer("x-tan-phu-my", "desk-officer").Id, new DossierSearchFilter("Nguyễn Thị Minh"));
        Assert.Equal(new HashSet<Guid> { first.DossierId, second.DossierId }, byName.Items.Select(d => d.Id).ToHashSet());
        Assert.Equal(2, byName.Total);
    }

    private static async Task RenameAsync(EngineHarness h, Guid dossierId, string name, bool commit)
    {
        await using var db = h.Database.Create();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == dossierId);
        dossier.ApplicantName = name;
        dossier.ApplicantSearchName = SearchText.Fold(name);
        await db.SaveChangesAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }
    }

    /// <summary>Back to the migration before the search index (which drops it), or forward to the latest.</summary>
    private static async Task MigrateAsync(EngineHarness h, bool beforeSearchIndex)
    {
        await using var db = h.Database.Create();
        var migrations = db.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith("_DossierSearchTrigramIndex", StringComparison.Ordinal));
        Assert.True(index > 0, "the search index has a migration of its own");
        await db.GetService<IMigrator>().MigrateAsync(beforeSearchIndex ? migrations[index - 1] : null);
    }
}
