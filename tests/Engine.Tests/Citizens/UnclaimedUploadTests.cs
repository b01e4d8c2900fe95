using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Documents.Uploads;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Citizens;

/// <summary>
/// Files a citizen uploaded and never submitted are deleted once the claim window has passed;
/// files a dossier claimed stay, and so do bytes another upload still uses.
/// </summary>
public class UnclaimedUploadTests : IDisposable
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();
    private static readonly byte[] OtherPdf = "%PDF-1.4\n% giấy đề nghị\n%%EOF\n"u8.ToArray();
    private readonly TemporaryFolder _folder = new("wf-uploads");

    [Fact]
    public async Task Uploads_no_dossier_claimed_within_the_window_are_deleted_with_their_files()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var store = new UploadStore(h.Database, new UploadOptions { Folder = _folder.Path, ClaimWithin = TimeSpan.FromHours(24) }, h.Clock);
        var abandoned = await store.SaveAsync(new MemoryStream(OtherPdf), "de-nghi.pdf");
        var claimed = await store.SaveAsync(new MemoryStream(Pdf), "giay-to.pdf");
        var submitted = await h.Engine.ReceiveAsync(new ReceiveDossier("business-household-registration", Channel.Online, "p-hoa-an",
            new ApplicantInfo("Lê Văn Hùng", Phone: "0987654321"), new Dictionary<string, object?> { ["businessName"] = "Tiệm Hùng", ["members"] = 1 },
            Attachments: [new AttachedUpload(claimed.Id, "giay-de-nghi")]), Actor.Citizen("Lê Văn Hùng"));

        // Within the window nothing goes.
        h.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await store.DeleteUnclaimedAsync());
        // The same bytes as the claimed file, uploaded again later and abandoned too: the shared file must stay.
        var sameBytes = await store.SaveAsync(new MemoryStream(Pdf), "lai-lan-nua.pdf");

        h.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await store.DeleteUnclaimedAsync());

        await using var db = h.Database.Create();
        Assert.Equal([claimed.Id, sameBytes.Id], (await db.Uploads.AsNoTracking().OrderBy(u => u.UploadedAt).Select(u => u.Id).ToListAsync()));
        Assert.Equal(submitted.DossierId, (await db.Uploads.AsNoTracking().SingleAsync(u => u.Id == claimed.Id)).DossierId);
        Assert.Equal(Pdf, (await store.OpenAsync(claimed.Id)).Content);
        Assert.Single(Directory.EnumerateFiles(_folder.Path, "*", SearchOption.AllDirectories));

        // A day later the second abandoned upload goes too, but the file stays for the dossier.
        h.Clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(1, await store.DeleteUnclaimedAsync());
        Assert.Equal(Pdf, (await store.OpenAsync(claimed.Id)).Content);
    }

    public void Dispose() => _folder.Dispose();
}
