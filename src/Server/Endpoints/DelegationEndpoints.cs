using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Calendars;
using Workflow.Engine.Delegation;
using Workflow.Server.Administration;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Delegation;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// Signing on behalf (KT., TL., TUQ.), recorded by administrators, effective-dated; and an officer's
/// inbox delegated to a colleague of the same unit for a period, by the officer or a head of the unit.
/// </summary>
public static class DelegationEndpoints
{
    public static void MapDelegationEndpoints(this IEndpointRouteBuilder routes)
    {
        var signing = routes.MapGroup("/api/admin/signing-authorisations").WithTags("Quản trị / Administration").RequireAuthorization(Policies.Administrator);

        signing.MapGet("", async Task<Ok<IReadOnlyList<SigningAuthorisationView>>> (SigningAuthorisations authorisations, TimeProvider time, CancellationToken ct) =>
            {
                var today = Today(time);
                return TypedResults.Ok<IReadOnlyList<SigningAuthorisationView>>((await authorisations.ListAsync(ct)).Select(a => DelegationViews.View(a, today)).ToList());
            })
            .WithName("ListSigningAuthorisations").WithSummary("Ủy quyền ký thay (KT., TL., TUQ.) / Signing authorisations");

        signing.MapPost("", async Task<Created<SigningAuthorisationView>> (SigningAuthorisationRequest request, SigningAuthorisations authorisations, ClaimsPrincipal user, TimeProvider time, CancellationToken ct) =>
            {
                new RequestCheck()
                    .Required(request.Kind, "kind", InputLimits.Id)
                    .That(KebabCase.TryParse<SigningOnBehalfKind>(request.Kind, out var kind), "kind",
                        $"\"kind\" phải là một trong: {KebabCase.Choices<SigningOnBehalfKind>()}.", $"\"kind\" must be one of: {KebabCase.Choices<SigningOnBehalfKind>()}.")
                    .Required(request.UnitId, "unitId", InputLimits.Id)
                    .Required(request.PrincipalId, "principalId", InputLimits.Id)
                    .Required(request.SignerId, "signerId", InputLimits.Id)
                    .That(request.FirstDay is not null, "firstDay", "Nhập ngày bắt đầu có hiệu lực.", "Give the first day in force.")
                    .SaneDate(request.FirstDay, "firstDay")
                    .SaneDate(request.LastDay, "lastDay")
                    .SaneDate(request.DocumentDate, "documentDate")
                    .MaxLength(request.PrincipalTitle, "principalTitle", InputLimits.Name)
                    .MaxLength(request.SignerTitle, "signerTitle", InputLimits.Name)
                    .MaxLength(request.DocumentNumber, "documentNumber", InputLimits.Id)
                    .ThrowIfInvalid();
                var created = await authorisations.CreateAsync(DelegationViews.ToDraft(request, kind!.Value), user.Actor(), ct);
                return TypedResults.Created("/api/admin/signing-authorisations", DelegationViews.View(created, Today(time)));
            })
            .WithName("CreateSigningAuthorisation").WithSummary("Ghi nhận ủy quyền ký thay, có thời hạn / Record a signing authorisation for a period");

        signing.MapPost("/{authorisationId:guid}/revoke", async Task<Ok<SigningAuthorisationView>> (Guid authorisationId, SigningAuthorisations authorisations, ClaimsPrincipal user, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(DelegationViews.View(await authorisations.RevokeAsync(authorisationId, user.Actor(), ct), Today(time))))
            .WithName("RevokeSigningAuthorisation").WithSummary("Thu hồi ủy quyền ký thay từ bây giờ / Revoke a signing authorisation now");

        var inbox = routes.MapGroup("/api/tasks/delegations").WithTags("Công việc / Tasks").RequireAuthorization(Policies.Officer);

        inbox.MapGet("", async Task<Ok<IReadOnlyList<InboxDelegationView>>> (InboxDelegations delegations, ClaimsPrincipal user, TimeProvider time, CancellationToken ct) =>
            {
                var today = Today(time);
                return TypedResults.Ok<IReadOnlyList<InboxDelegationView>>((await delegations.OfOfficerAsync(user.OfficerId(), ct)).Select(d => DelegationViews.View(d, today)).ToList());
            })
            .WithName("ListInboxDelegations").WithSummary("Ủy quyền hộp công việc tôi đã giao hoặc được nhận / Inbox delegations I gave or received");

        inbox.MapPost("", async Task<Created<InboxDelegationView>> (InboxDelegationRequest request, InboxDelegations delegations, ClaimsPrincipal user, TimeProvider time, CancellationToken ct) =>
            {
                new RequestCheck()
                    .Required(request.UnitId, "unitId", InputLimits.Id)
                    .Required(request.ToOfficerId, "toOfficerId", InputLimits.Id)
                    .MaxLength(request.OfficerId, "officerId", InputLimits.Id)
                    .That(request.FirstDay is not null, "firstDay", "Nhập ngày bắt đầu (dd/MM/yyyy).", "Give the first day.")
                    .That(request.LastDay is not null, "lastDay", "Nhập ngày kết thúc (dd/MM/yyyy).", "Give the last day.")
                    .SaneDate(request.FirstDay, "firstDay")
                    .SaneDate(request.LastDay, "lastDay")
                    .ThrowIfInvalid();
                var actor = user.Actor();
                var delegator = string.IsNullOrWhiteSpace(request.OfficerId) ? actor.Id : request.OfficerId.Trim();
                var created = await delegations.CreateAsync(request.UnitId!.Trim(), delegator, request.ToOfficerId!.Trim(), request.FirstDay!.Value, request.LastDay!.Value, actor, ct);
                return TypedResults.Created("/api/tasks/delegations", DelegationViews.View(created, Today(time)));
            })
            .WithName("DelegateInbox").WithSummary("Ủy quyền hộp công việc cho đồng nghiệp cùng đơn vị trong một thời gian / Delegate an inbox to a colleague for a period");

        inbox.MapPost("/{delegationId:guid}/cancel", async Task<NoContent> (Guid delegationId, InboxDelegations delegations, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await delegations.CancelAsync(delegationId, user.Actor(), ct);
                return TypedResults.NoContent();
            })
            .WithName("CancelInboxDelegation").WithSummary("Hủy ủy quyền hộp công việc / Cancel an inbox delegation");
    }

    private static DateOnly Today(TimeProvider time) => VietnamTime.LocalDate(time.GetUtcNow());
}
