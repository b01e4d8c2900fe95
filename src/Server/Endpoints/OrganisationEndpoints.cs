using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Organisation.Administration;
using Workflow.Server.Administration;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Organisation;
using Workflow.Server.OpenApi;

namespace Workflow.Server.Endpoints;

/// <summary>Administrators change the organisation every node shares: preview, apply, the change log, and the export in the file's format.</summary>
public static class OrganisationEndpoints
{
    public static void MapOrganisationEndpoints(this IEndpointRouteBuilder routes)
    {
        var organisation = routes.MapGroup("/api/admin/organisation").WithTags("Quản trị / Administration").RequireAuthorization(Policies.Administrator);

        organisation.MapGet("/export", async (OrganisationStore store, CancellationToken ct) =>
                TypedResults.Text(await store.ExportAsync(ct), "application/json; charset=utf-8"))
            .Produces<JsonElement>(contentType: "application/json").AlsoRefuses(StatusCodes.Status404NotFound)
            .WithName("ExportOrganisation").WithSummary("Xuất cơ cấu tổ chức (định dạng organisation.json) / Export the organisation as organisation.json");
        organisation.MapGet("/changes", async Task<Ok<IReadOnlyList<OrganisationChangeView>>> (OrganisationStore store, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<OrganisationChangeView>>((await store.ChangesAsync(cancellationToken: ct)).Select(OrganisationChanges.View).ToList()))
            .WithName("ListOrganisationChanges").WithSummary("Nhật ký thay đổi cơ cấu tổ chức / The organisation's change log");
        organisation.MapPost("/changes/preview", async Task<Ok<OrganisationChangePreviewView>> (OrganisationChangeRequest request, OrganisationStore store, CancellationToken ct) =>
                TypedResults.Ok(OrganisationChanges.View(await store.PreviewAsync(OrganisationChanges.ToChange(request), ct))))
            .WithName("PreviewOrganisationChange").WithSummary("Xem trước một thay đổi: thủ tục, công việc đang mở, vai trò bị ảnh hưởng / Preview a change: procedures, open tasks, memberships it touches");
        organisation.MapPost("/changes", async Task<Created<AppliedOrganisationChange>> (OrganisationChangeRequest request, OrganisationStore store, HttpContext http, CancellationToken ct) =>
            {
                var (change, preview) = await store.ApplyAsync(OrganisationChanges.ToChange(request), http.User.Actor(), ct);
                return TypedResults.Created($"/api/admin/organisation/changes", new AppliedOrganisationChange(OrganisationChanges.View(change), OrganisationChanges.View(preview)));
            })
            .WithName("ApplyOrganisationChange").WithSummary("Thực hiện một thay đổi cơ cấu tổ chức (có ngày hiệu lực) / Apply an effective-dated change to the organisation");
    }
}
