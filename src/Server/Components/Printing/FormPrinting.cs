using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Forms.Rendering;
using Workflow.Engine.Documents.Issuing;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Execution;
using static Workflow.Server.Components.Localization.UiText;

namespace Workflow.Server.Components.Printing;

/// <summary>
/// The official forms of a dossier as printable HTML. An officer issues them through the engine's
/// <see cref="DocumentIssuer"/> (stored with its hash in the journal); an auditor, who changes nothing,
/// gets a reading copy rendered from the same data and templates.
/// </summary>
public sealed class FormPrinting(DocumentIssuer issuer, WorkflowDbContextFactory database, WorkspaceAccessor workspace)
{
    /// <summary>The forms a dossier can be printed on, in the circular's order.</summary>
    public static readonly IReadOnlyList<string> DossierForms =
    [
        FormPurpose.Receipt, FormPurpose.SupplementRequest, FormPurpose.Refusal, FormPurpose.Apology, FormPurpose.StopNotice, FormPurpose.ControlSheet,
    ];

    public async Task<string> IssueAsync(Guid dossierId, string purpose, Actor actor, CancellationToken cancellationToken = default)
    {
        var issued = await issuer.IssueAsync(dossierId, purpose, actor, IssueFormat.Html, sign: false, cancellationToken);
        return Encoding.UTF8.GetString(issued.Content);
    }

    /// <summary>
    /// The receipt printed at reception, with the tracking secret on the applicant's copy. The
    /// receipt is issued (stored and journaled) as always, without the secret: the database keeps
    /// only its hash, and a stored copy would hand it to every later reader.
    /// </summary>
    public async Task<string> IssueReceiptWithSecretAsync(Guid dossierId, string trackingSecret, Actor actor, CancellationToken cancellationToken = default)
    {
        await issuer.IssueAsync(dossierId, FormPurpose.Receipt, actor, IssueFormat.Html, sign: false, cancellationToken);
        var data = (ReceiptFormData)await new DossierFormBuilder(database, workspace.Current).BuildAsync(dossierId, FormPurpose.Receipt, cancellationToken);
        return new FormRenderer(workspace.Current.Forms).Render(data with { TrackingSecret = trackingSecret.Trim().ToUpperInvariant() }).Html;
    }

    /// <summary>Whether the secret is the dossier's own (it is compared with the stored hash; the secret itself is never kept).</summary>
    public async Task<bool> IsTrackingSecretAsync(Guid dossierId, string trackingSecret, CancellationToken cancellationToken = default)
    {
        await using var db = database.Create();
        var hash = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => d.TrackingSecretHash).SingleOrDefaultAsync(cancellationToken);
        return TrackingSecrets.Matches(hash, trackingSecret);
    }

    public async Task<string> ReadingCopyAsync(Guid dossierId, string purpose, CancellationToken cancellationToken = default)
    {
        var data = await new DossierFormBuilder(database, workspace.Current).BuildAsync(dossierId, purpose, cancellationToken);
        return new FormRenderer(workspace.Current.Forms).Render(data).Html;
    }

    public static string Title(string purpose) => purpose switch
    {
        FormPurpose.Receipt => T("Giấy tiếp nhận và hẹn trả kết quả", "Receipt and appointment"),
        FormPurpose.SupplementRequest => T("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "Supplement request"),
        FormPurpose.Refusal => T("Phiếu từ chối tiếp nhận", "Refusal"),
        FormPurpose.Apology => T("Phiếu xin lỗi và hẹn lại ngày trả kết quả", "Apology and new appointment"),
        FormPurpose.StopNotice => T("Thông báo dừng xử lý", "Notice of stopping"),
        FormPurpose.ControlSheet => T("Phiếu kiểm soát quá trình giải quyết", "Control sheet"),
        _ => purpose,
    };
}
