using Workflow.Engine.Documents;
using Workflow.Engine.Documents.Issued;
using Workflow.Engine.Documents.Forms.Samples;

namespace Workflow.Engine.Tests.Documents;

/// <summary>An issued document records exactly what was given out and what produced it.</summary>
public class IssuedDocumentTests
{
    private static readonly Guid Dossier = Guid.Parse("0195f3a2-7c41-7d10-9b2e-5a1c3e0d4f21");
    private static readonly DateTimeOffset IssuedAt = new(2026, 11, 26, 8, 35, 0, TimeSpan.FromHours(7));

    [Fact]
    public void An_issued_html_form_keeps_its_bytes_hashes_and_origin()
    {
        var form = RepositoryForms.Renderer.Render(SampleFormData.Receipt);

        var issued = IssuedDocument.FromHtml(form, Dossier, "tran.van.hung", IssuedAt);

        Assert.Equal((Dossier, "receipt", "tt03-2025", form.TemplateHash, form.ContentHash), (issued.DossierId, issued.Purpose, issued.SetId, issued.TemplateHash, issued.ContentHash));
        Assert.Equal((DocumentMediaTypes.Html, "tran.van.hung", IssuedAt), (issued.MediaType, issued.IssuedBy, issued.IssuedAt));
        Assert.Equal(form.ToBytes(), issued.Bytes);
        Assert.True(issued.HasIntactContent());
        Assert.Equal(7, issued.Id.Version);
    }

    [Fact]
    public void An_issued_pdf_carries_the_pdfs_own_hash_and_a_changed_byte_shows()
    {
        var form = RepositoryForms.Renderer.Render(SampleFormData.Receipt);
        var pdf = "%PDF-1.4 sample bytes"u8.ToArray();

        var issued = IssuedDocument.FromPdf(form, pdf, Dossier, "tran.van.hung", IssuedAt);
        issued.Bytes[5] ^= 1;

        Assert.Equal(DocumentMediaTypes.Pdf, issued.MediaType);
        Assert.NotEqual(form.ContentHash, issued.ContentHash);
        Assert.Equal(DocumentHash.Of("%PDF-1.4 sample bytes"u8), issued.ContentHash);
        Assert.False(issued.HasIntactContent());
    }
}
