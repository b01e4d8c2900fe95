using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Queries.Inbox;
using Workflow.Engine.Queries.Officers;
using Workflow.Engine.Queries.Paging;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Tasks;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// Officers' tasks: the inbox of their units and roles, and claim, release, delegate, assign
/// (heads), reassign an absent officer's tasks (heads) and complete. The engine checks the caller's membership at the task's unit.
/// </summary>
public static class TaskEndpoints
{
    public static void MapTaskEndpoints(this IEndpointRouteBuilder routes)
    {
        var tasks = routes.MapGroup("/api/tasks").WithTags("Công việc / Tasks").RequireAuthorization(Policies.Officer);

        tasks.MapGet("/inbox", InboxAsync).WithName("Inbox").WithSummary("Hộp công việc của tôi / My inbox");

        tasks.MapPost("/{workItemId:guid}/claim", (Guid workItemId, Contracts.Desk.VersionedRequest? request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
                DeskEndpoints.Run(engine.ClaimAsync(workItemId, user.Actor(), request?.ExpectedVersion, ct)))
            .WithName("ClaimTask").WithSummary("Nhận xử lý công việc / Claim a task");

        tasks.MapPost("/{workItemId:guid}/release", (Guid workItemId, Contracts.Desk.VersionedRequest? request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
                DeskEndpoints.Run(engine.ReleaseAsync(workItemId, user.Actor(), request?.ExpectedVersion, ct)))
            .WithName("ReleaseTask").WithSummary("Trả công việc về đơn vị / Release a task");

        tasks.MapPost("/{workItemId:guid}/delegate", (Guid workItemId, OfficerChoiceRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().Required(request.OfficerId, "officerId", InputLimits.Id).ThrowIfInvalid();
                return DeskEndpoints.Run(engine.DelegateAsync(workItemId, request.OfficerId!, user.Actor(), request.ExpectedVersion, ct));
            })
            .WithName("DelegateTask").WithSummary("Chuyển công việc cho đồng nghiệp / Delegate a task");

        tasks.MapPost("/{workItemId:guid}/complete", (Guid workItemId, CompleteTaskRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck()
                    .Required(request.OutcomeId, "outcomeId", InputLimits.Id)
                    .MaxLength(request.Comment, "comment", InputLimits.Reason)
                    .MaxCount(request.Attachments, "attachments", InputLimits.Attachments)
                    .EachMaxLength(request.Attachments, "attachments", InputLimits.ListItem)
                    .ThrowIfInvalid();
                return DeskEndpoints.Run(engine.CompleteAsync(new CompleteTask(workItemId, request.OutcomeId!, request.Comment, request.Attachments, request.ExpectedVersion), user.Actor(), ct));
            })
            .WithName("CompleteTask").WithSummary("Hoàn thành công việc với một kết quả (kể cả yêu cầu bổ sung, lấy ý kiến) / Complete a task");

        var heads = routes.MapGroup("/api/tasks").WithTags("Lãnh đạo / Heads").RequireAuthorization(Policies.Head);

        heads.MapPost("/{workItemId:guid}/assign", (Guid workItemId, OfficerChoiceRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().Required(request.OfficerId, "officerId", InputLimits.Id).ThrowIfInvalid();
                return DeskEndpoints.Run(engine.AssignAsync(workItemId, request.OfficerId!, user.Actor(), request.ExpectedVersion, ct));
            })
            .WithName("AssignTask").WithSummary("Phân công (giao lại) công việc / Assign or reassign a task");

        heads.MapGet("/candidates", async (string unitId, string role, OfficerDirectory directory, UnitScopeGuard scope, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck().Required(unitId, "unitId", InputLimits.Id).Required(role, "role", InputLimits.Id).ThrowIfInvalid();
                // The list names people and their roles; only those who assign the unit's work may read it.
                await scope.RequireHeadOfAsync(user, unitId, ct);
                return await directory.HoldersAsync(unitId, role, ct);
            })
            .WithName("TaskCandidates").WithSummary("Cán bộ có thể nhận công việc của một vai trò tại đơn vị / Officers who can take a unit's tasks");

        // An officer's absence: every open task they hold at the unit goes to a colleague, or back to the unit's inbox.
        heads.MapPost("/reassign-absent", async (AbsenceReassignRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck()
                    .Required(request.UnitId, "unitId", InputLimits.Id)
                    .Required(request.OfficerId, "officerId", InputLimits.Id)
                    .MaxLength(request.ToOfficerId, "toOfficerId", InputLimits.Id)
                    .ThrowIfInvalid();
                var colleague = string.IsNullOrWhiteSpace(request.ToOfficerId) ? null : request.ToOfficerId;
                return await engine.ReassignAbsentAsync(request.UnitId!, request.OfficerId!, colleague, user.Actor(), ct);
            })
            .WithName("ReassignAbsentOfficerTasks")
            .WithSummary("Giao lại mọi công việc đang mở của cán bộ vắng mặt / Reassign all open tasks of an absent officer")
            .Produces<AbsenceReassignment>();
    }

    private static async Task<Ok<PageOf<InboxItem>>> InboxAsync(InboxQuery inbox, ClaimsPrincipal user, CancellationToken cancellationToken,
        string? due = null, int? status = null, string? procedure = null, string? q = null, int page = 1, int pageSize = PageRequest.DefaultSize)
    {
        new RequestCheck()
            .MaxLength(q, "q", InputLimits.Search)
            .MaxLength(procedure, "procedure", InputLimits.Id)
            .Range(status, "status", 1, 10)
            .Range(page, "page", 1, 100_000)
            .Range(pageSize, "pageSize", 1, PageRequest.MaxSize)
            .That(KebabCase.TryParse<DueStatus>(due, out var dueStatus), "due", $"\"due\" phải là một trong: {KebabCase.Choices<DueStatus>()}.", $"\"due\" must be one of: {KebabCase.Choices<DueStatus>()}.")
            .ThrowIfInvalid();
        var result = await inbox.ListAsync(user.OfficerId(), new InboxFilter(dueStatus, status, procedure, q, new PageRequest(page, pageSize)), cancellationToken);
        return TypedResults.Ok(Pages.From(result));
    }
}
