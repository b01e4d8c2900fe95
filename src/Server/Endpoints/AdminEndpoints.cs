using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Workflow.Engine.Calendars;
using Workflow.Engine.Queries.Officers;
using Workflow.Engine.Runtime;
using Workflow.Server.Accounts;
using Workflow.Server.Administration;
using Workflow.Server.Authentication;
using Workflow.Server.Authorization;
using Workflow.Server.Contracts.Admin;
using Workflow.Server.Contracts.Common;
using Workflow.Server.Localization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>Administrators: the effective-dated organisation, accounts, memberships and the working calendar.</summary>
public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/api/admin").WithTags("Quản trị / Administration").RequireAuthorization(Policies.Administrator);

        admin.MapGet("/units", (WorkspaceAccessor workspace, DateOnly? date) =>
            {
                new RequestCheck().SaneDate(date, "date").ThrowIfInvalid();
                return TypedResults.Ok(OrganisationView.Units(workspace.Current.Organisation!, date));
            })
            .WithName("ListUnits").WithSummary("Đơn vị (theo thời kỳ hiệu lực) / Units, effective-dated");
        admin.MapGet("/unit-kinds", (WorkspaceAccessor workspace) => TypedResults.Ok(OrganisationView.Kinds(workspace.Current.Organisation!)))
            .WithName("ListUnitKinds").WithSummary("Loại đơn vị và vai trò / Unit kinds and their roles");

        admin.MapGet("/users", ListUsersAsync).WithName("ListUsers").WithSummary("Tài khoản / Accounts");
        admin.MapGet("/users/{userId}", async Task<Ok<UserView>> (string userId, OfficerDirectory directory, UserManager<ServerUser> users, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(await UserViewAsync(userId, directory, users, time, ct)))
            .WithName("GetUser").WithSummary("Một tài khoản / One account");
        admin.MapPost("/users", CreateUserAsync).WithName("CreateUser").WithSummary("Tạo tài khoản và cán bộ / Create an account and its officer");
        admin.MapPost("/users/{userId}/disable", async Task<NoContent> (string userId, UserAdministration administration, CancellationToken ct) =>
            {
                await administration.SetActiveAsync(userId, false, ct);
                return TypedResults.NoContent();
            })
            .WithName("DisableUser").WithSummary("Vô hiệu hóa tài khoản / Disable an account");
        admin.MapPost("/users/{userId}/enable", async Task<NoContent> (string userId, UserAdministration administration, CancellationToken ct) =>
            {
                await administration.SetActiveAsync(userId, true, ct);
                return TypedResults.NoContent();
            })
            .WithName("EnableUser").WithSummary("Kích hoạt lại tài khoản / Enable an account");
        admin.MapPost("/users/{userId}/reset-password", async Task<NoContent> (string userId, ResetPasswordRequest request, UserAdministration administration) =>
            {
                new RequestCheck().Required(request.NewPassword, "newPassword", InputLimits.Password).ThrowIfInvalid();
                await administration.ResetPasswordAsync(userId, request.NewPassword!);
                return TypedResults.NoContent();
            })
            .WithName("ResetPassword").WithSummary("Đặt lại mật khẩu / Reset a password");
        admin.MapPut("/users/{userId}/roles", async Task<NoContent> (string userId, SetRolesRequest request, UserAdministration administration) =>
            {
                new RequestCheck().That(request.Roles is not null, "roles", "Ghi danh sách vai trò.", "Give the list of roles.").MaxCount(request.Roles, "roles", SystemRoles.All.Count).ThrowIfInvalid();
                await administration.SetRolesAsync(userId, request.Roles!);
                return TypedResults.NoContent();
            })
            .WithName("SetUserRoles").WithSummary("Đặt vai trò hệ thống / Set system roles");

        admin.MapPost("/memberships", GrantMembershipAsync).AlsoRefuses(StatusCodes.Status404NotFound).WithName("GrantMembership").WithSummary("Giao vai trò tại đơn vị trong một thời kỳ / Grant a role at a unit");
        admin.MapPost("/memberships/{membershipId:guid}/end", async Task<Ok<MembershipView>> (Guid membershipId, EndMembershipRequest? request, UserAdministration administration, TimeProvider time, CancellationToken ct) =>
            {
                new RequestCheck().SaneDate(request?.ValidTo, "validTo").ThrowIfInvalid();
                var ended = await administration.EndMembershipAsync(membershipId, request?.ValidTo, ct);
                var today = VietnamTime.LocalDate(time.GetUtcNow());
                return TypedResults.Ok(new MembershipView(ended.Id, ended.OfficerId, ended.UnitId, ended.Role, ended.ValidFrom, ended.ValidTo, ended.ValidFrom <= today && (ended.ValidTo == null || ended.ValidTo > today)));
            })
            .WithName("EndMembership").WithSummary("Kết thúc vai trò tại đơn vị / End a membership");

        admin.MapGet("/calendars", (WorkspaceAccessor workspace) => TypedResults.Ok(CalendarView.Summary(workspace.Current.Calendar)))
            .WithName("ListCalendars").WithSummary("Lịch làm việc: các năm, giờ làm việc / Working calendar: years and working hours");
        admin.MapGet("/calendars/{year:int}", (int year, WorkspaceAccessor workspace) => CalendarView.Year(workspace.Current.Calendar, year) is { } found
                ? TypedResults.Ok(found)
                : throw ApiProblemException.NotFound("calendar-year-not-found", Language.Pick($"Chưa có lịch năm {year}.", $"There is no calendar for {year}."), "year"))
            .WithName("GetCalendarYear").WithSummary("Ngày nghỉ và ngày làm bù của một năm / A year's days off and make-up days");
    }

    private static async Task<Ok<IReadOnlyList<UserView>>> ListUsersAsync(OfficerDirectory directory, UserManager<ServerUser> users, TimeProvider time, CancellationToken cancellationToken)
    {
        var officers = await directory.ListAsync(cancellationToken);
        var views = new List<UserView>();
        foreach (var officer in officers)
        {
            var user = await users.FindByIdAsync(officer.Id);
            views.Add(ToView(officer, user, user is null ? [] : (await users.GetRolesAsync(user)).Order().ToList(), time));
        }

        return TypedResults.Ok<IReadOnlyList<UserView>>(views);
    }

    private static async Task<Created<UserView>> CreateUserAsync(CreateUserRequest request, UserAdministration administration, OfficerDirectory directory, UserManager<ServerUser> users, TimeProvider time, CancellationToken cancellationToken)
    {
        new RequestCheck()
            .Required(request.UserName, "userName", InputLimits.Id)
            .Required(request.DisplayName, "displayName", InputLimits.Name)
            .Required(request.Password, "password", InputLimits.Password)
            .MaxLength(request.Email, "email", InputLimits.Email)
            .MaxLength(request.Phone, "phone", InputLimits.Phone)
            .MaxCount(request.Roles, "roles", SystemRoles.All.Count)
            .ThrowIfInvalid();
        var user = await administration.CreateAsync(new NewAccount(request.UserName!, request.DisplayName!, request.Email, request.Phone, request.Password!, request.Roles ?? []), cancellationToken);
        return TypedResults.Created($"/api/admin/users/{user.Id}", await UserViewAsync(user.Id, directory, users, time, cancellationToken));
    }

    private static async Task<Created<MembershipView>> GrantMembershipAsync(GrantMembershipRequest request, UserAdministration administration, TimeProvider time, CancellationToken cancellationToken)
    {
        new RequestCheck()
            .Required(request.OfficerId, "officerId", InputLimits.Id)
            .Required(request.UnitId, "unitId", InputLimits.Id)
            .Required(request.Role, "role", InputLimits.Id)
            .SaneDate(request.ValidFrom, "validFrom")
            .SaneDate(request.ValidTo, "validTo")
            .ThrowIfInvalid();
        var today = VietnamTime.LocalDate(time.GetUtcNow());
        var granted = await administration.GrantMembershipAsync(request.OfficerId!, request.UnitId!, request.Role!, request.ValidFrom ?? today, request.ValidTo, cancellationToken);
        return TypedResults.Created($"/api/admin/users/{granted.OfficerId}",
            new MembershipView(granted.Id, granted.OfficerId, granted.UnitId, granted.Role, granted.ValidFrom, granted.ValidTo, granted.ValidFrom <= today && (granted.ValidTo == null || granted.ValidTo > today)));
    }

    private static async Task<UserView> UserViewAsync(string userId, OfficerDirectory directory, UserManager<ServerUser> users, TimeProvider time, CancellationToken cancellationToken)
    {
        var officer = await directory.FindAsync(userId, cancellationToken)
            ?? throw ApiProblemException.NotFound("user-not-found", Language.Pick($"Không có tài khoản {userId}.", $"There is no account {userId}."), "userId");
        var user = await users.FindByIdAsync(userId);
        return ToView(officer, user, user is null ? [] : (await users.GetRolesAsync(user)).Order().ToList(), time);
    }

    private static UserView ToView(OfficerSummary officer, ServerUser? user, IReadOnlyList<string> roles, TimeProvider time) =>
        new(officer.Id, officer.UserName, officer.DisplayName, officer.Email, officer.Phone, officer.Active,
            user?.LockoutEnd is { } end && end > time.GetUtcNow(), roles, officer.Memberships);
}
