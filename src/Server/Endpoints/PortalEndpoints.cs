using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Notifications.Portal;
using Workflow.Engine.Queries.Paging;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.States;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Hosting;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>Administrators: the national portal connector's messages (pending, failed with the receiver's answer, sent), resending, reconciliation, and procedures without a national code.</summary>
public static class PortalEndpoints
{
    public static void MapPortalEndpoints(this IEndpointRouteBuilder routes)
    {
        var portal = routes.MapGroup("/api/admin/portal").WithTags("Quản trị / Administration").RequireAuthorization(Policies.Administrator);

        portal.MapGet("/messages", ListAsync).WithName("ListPortalMessages")
            .WithSummary("Tin gửi Cổng dịch vụ công quốc gia: chờ gửi, lỗi (kèm trả lời của Cổng), đã gửi / Messages to the national portal: pending, failed (with the portal's answer), sent");
        portal.MapPost("/messages/{messageId:guid}/resend", ResendAsync).WithName("ResendPortalMessage")
            .WithSummary("Gửi lại một tin cho Cổng / Send a message to the portal again");
        portal.MapPost("/reconcile", ReconcileAsync).WithName("ReconcilePortal")
            .WithSummary("Đối chiếu hồ sơ với các tin đã ghi và ghi thêm tin còn thiếu / Compare dossiers with the messages written and write the missing ones");
        portal.MapGet("/procedures-without-code", (WorkspaceAccessor workspace) => TypedResults.Ok(PortalOutbox.WithoutNationalCode(workspace.Current)
                .Select(p => new ProcedureWithoutCode(p.ProcedureId, p.Version, p.Name)).ToList()))
            .WithName("ProceduresWithoutNationalCode").WithSummary("Thủ tục chưa có mã thủ tục quốc gia / Procedures without a national procedure code");
    }

    private static async Task<Ok<PageOf<PortalMessageLine>>> ListAsync(PortalOutbox outbox, CancellationToken cancellationToken,
        string? status = null, int page = 1, int pageSize = PageRequest.DefaultSize)
    {
        new RequestCheck()
            .That(KebabCase.TryParse<OutboxStatus>(status, out var wanted), "status", $"\"status\" phải là một trong: {KebabCase.Choices<OutboxStatus>()}.", $"\"status\" must be one of: {KebabCase.Choices<OutboxStatus>()}.")
            .Range(page, "page", 1, 100_000)
            .Range(pageSize, "pageSize", 1, PageRequest.MaxSize)
            .ThrowIfInvalid();
        return TypedResults.Ok(Pages.From(await outbox.ListAsync(wanted, new PageRequest(page, pageSize), cancellationToken)));
    }

    private static async Task<NoContent> ResendAsync(Guid messageId, PortalOutbox outbox, CancellationToken cancellationToken)
    {
        if (!await outbox.ResendAsync(messageId, cancellationToken))
        {
            throw ApiProblemException.NotFound("portal-message-not-found", Language.Pick($"Không có tin gửi Cổng {messageId}.", $"There is no portal message {messageId}."), "messageId");
        }

        return TypedResults.NoContent();
    }

    private static async Task<Ok<PortalReconciliation>> ReconcileAsync(PortalFeed feed, PortalOptions options, CancellationToken cancellationToken)
    {
        if (!PortalConnector.IsOn(options))
        {
            throw ApiProblemException.Conflict("portal-not-configured", Language.Pick(
                "Chưa cấu hình Cổng dịch vụ công quốc gia (NationalPortal:Endpoint, địa chỉ https://) nên không có gì để đối chiếu.",
                "The national portal is not configured (NationalPortal:Endpoint, an https:// address), so there is nothing to reconcile."));
        }

        return TypedResults.Ok(await feed.ReconcileAsync(cancellationToken));
    }

    /// <summary>A procedure version whose dossiers reach the portal without a national procedure code.</summary>
    public sealed record ProcedureWithoutCode(string ProcedureId, int Version, string Name);
}
