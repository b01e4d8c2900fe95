using Workflow.Engine.Delegation;
using Workflow.Engine.Persistence.Entities;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Delegation;

namespace Workflow.Server.Administration;

/// <summary>Signing authorisations and inbox delegations as the API and the pages show them.</summary>
public static class DelegationViews
{
    public static SigningAuthorisationView View(SigningAuthorisationRecord a, DateOnly today) =>
        new(a.Id, KebabCase.Of(a.Kind), a.UnitId, a.PrincipalId, a.PrincipalName, a.PrincipalTitle, a.SignerId, a.SignerName, a.SignerTitle,
            a.DocumentNumber, a.DocumentDate, a.FirstDay, a.LastDay, SignatureBlock.Of(a).ToString(),
            SigningAuthorisations.IsInForce(a, today), a.CreatedByName,
            a.RevokedAt is { } revoked ? new DateTimeOffset(DateTime.SpecifyKind(revoked, DateTimeKind.Utc)) : null, a.RevokedByName);

    public static InboxDelegationView View(InboxDelegationRecord d, DateOnly today) =>
        new(d.Id, d.UnitId, d.DelegatorId, d.DelegatorName, d.DelegateId, d.DelegateName, d.FirstDay, d.LastDay,
            d.RevokedAt is null && d.FirstDay <= today && d.LastDay >= today, d.CreatedByName);

    public static SigningAuthorisationDraft ToDraft(SigningAuthorisationRequest request, SigningOnBehalfKind kind) =>
        new(kind, request.UnitId!.Trim(), request.PrincipalId!.Trim(), request.SignerId!.Trim(), request.FirstDay!.Value, request.LastDay,
            request.PrincipalTitle, request.SignerTitle, request.DocumentNumber, request.DocumentDate);
}
