using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Designer.Interchange;
using Workflow.Designer.Workspace;
using Workflow.Server.Authorization;
using Workflow.Server.OpenApi;
using Workflow.Server.Problems;

namespace Workflow.Server.Endpoints;

/// <summary>
/// A version's exports for analysts: its internal-process table (.xlsx, A4 landscape, the approval decision's annex) and its
/// one-page printable summary (HTML). The designer's version page links to both; imports run in the designer's import page.
/// </summary>
public static class InterchangeEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapInterchangeEndpoints(this IEndpointRouteBuilder routes)
    {
        var designer = routes.MapGroup("/api/designer/procedures").WithTags("Thiết kế quy trình / Designer").RequireAuthorization(Policies.Analyst);

        designer.MapGet("/{procedureId}/versions/{version:int}/process.xlsx", FileContentHttpResult (string procedureId, int version, ProcedureInterchange interchange) =>
                TypedResults.File(Refusing(() => interchange.ExportProcess(procedureId, version, CultureInfo.CurrentUICulture)), Xlsx, $"{procedureId}-v{version}-quy-trinh-noi-bo.xlsx"))
            .Produces(StatusCodes.Status200OK, contentType: Xlsx)
            .AlsoRefuses(StatusCodes.Status404NotFound)
            .WithName("ExportProcessTable").WithSummary("Bảng quy trình nội bộ của một phiên bản (.xlsx, A4 ngang) / A version's internal-process table (.xlsx, A4 landscape)");

        designer.MapGet("/{procedureId}/versions/{version:int}/summary", ContentHttpResult (string procedureId, int version, ProcedureInterchange interchange) =>
                TypedResults.Content(Refusing(() => interchange.Summary(procedureId, version, CultureInfo.CurrentUICulture)), "text/html; charset=utf-8"))
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .AlsoRefuses(StatusCodes.Status404NotFound)
            .WithName("ProcedureSummaryPage").WithSummary("Trang tóm tắt một trang in của một phiên bản / A version's one-page printable summary");
    }

    private static T Refusing<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DesignerRefusedException ex)
        {
            throw new ApiProblemException(ex.HttpStatus, ex.Code, ex.Message, ex.Member);
        }
    }
}
