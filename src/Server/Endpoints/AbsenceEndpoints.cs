using System.Security.Claims;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Contracts.Tasks;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>An officer's absence: a head of the unit moves all of the officer's open tasks there in one action.</summary>
public static class AbsenceEndpoints
{
    public static void MapAbsenceEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/tasks/reassign-absent", async (AbsenceReassignRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
            {
                new RequestCheck()
                    .Required(request.UnitId, "unitId", InputLimits.Id)
                    .Required(request.OfficerId, "officerId", InputLimits.Id)
                    .MaxLength(request.ToOfficerId, "toOfficerId", InputLimits.Id)
                    .ThrowIfInvalid();
                var colleague = string.IsNullOrWhiteSpace(request.ToOfficerId) ? null : request.ToOfficerId;
                return await engine.ReassignAbsentAsync(request.UnitId!, request.OfficerId!, colleague, user.Actor(), ct);
            })
            .RequireAuthorization(Policies.Head)
            .WithTags("Lãnh đạo / Heads")
            .WithName("ReassignAbsentOfficerTasks")
            .WithSummary("Giao lại mọi công việc đang mở của cán bộ vắng mặt / Reassign all open tasks of an absent officer")
            .Produces<AbsenceReassignment>();
    }
}
