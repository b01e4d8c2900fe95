using Workflow.Server.Security;

namespace Workflow.Server.Endpoints;

/// <summary>Every endpoint of the server, area by area.</summary>
public static class EndpointMap
{
    public static void MapWorkflowEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthEndpoints();
        routes.MapAccountEndpoints();
        routes.MapAntiforgeryEndpoint();
        routes.MapPublicEndpoints();
        routes.MapCitizenEndpoints();
        routes.MapDeskEndpoints();
        routes.MapTaskEndpoints();
        routes.MapDossierEndpoints();
        routes.MapAuditEndpoints();
        routes.MapReportEndpoints();
        routes.MapDocumentEndpoints();
        routes.MapResultEndpoints();
        routes.MapStoreEndpoints();
        routes.MapDigitisationEndpoints();
        routes.MapCitizenServiceEndpoints();
        routes.MapFeedbackEndpoints();
        routes.MapDesignerEndpoints();
        routes.MapInterchangeEndpoints();
        routes.MapProcessFormatEndpoints();
        routes.MapMigrationEndpoints();
        routes.MapAdminEndpoints();
        routes.MapAccountImportEndpoints();
        routes.MapOrganisationEndpoints();
        routes.MapDelegationEndpoints();
        routes.MapPortalEndpoints();
    }
}
