using Workflow.Engine.Reporting.Portal;

namespace Workflow.Engine.Notifications.Portal;

/// <summary>
/// What one portal message carries: its idempotency key, what happened (a status change, a rating, a
/// payment) at which journal sequence, and the dossier's record as it stood when the message was
/// written (<see cref="PortalPayloadBuilder"/>), with its rating and payments.
/// </summary>
public sealed record PortalEnvelope(
    string Key,
    string Kind,
    string DossierCode,
    int Sequence,
    PortalStatusUpdate? Update,
    PortalDossier Dossier,
    PortalEnvelope.RatingPart? Rating,
    IReadOnlyList<PortalEnvelope.PaymentPart> Payments)
{
    /// <param name="Level">very-satisfied, satisfied or not-satisfied.</param>
    /// <param name="RatedAt">yyyyMMddHHmmss in Vietnam time.</param>
    public sealed record RatingPart(string Level, string? Reason, string RatedAt);

    /// <param name="Status">pending, confirmed or failed, as the engine records it.</param>
    public sealed record PaymentPart(string Reference, string Description, decimal Amount, string Method, string Status, string RecordedAt, string? ConfirmedAt);
}
