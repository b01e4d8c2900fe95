using Workflow.Engine.Digitisation;
using Workflow.Engine.Documents.Issuing;
using Workflow.Engine.Documents.Printing;
using Workflow.Engine.Documents.Signatures;
using Workflow.Engine.Persistence;
using Workflow.Engine.Queries.Digitisation;
using Workflow.Engine.Queries.Documents;
using Workflow.Engine.Queries.Results;
using Workflow.Engine.Queries.Store;
using Workflow.Engine.Results;
using Workflow.Engine.Runtime;

namespace Workflow.Server.Hosting;

/// <summary>
/// Issuing official forms: filled from the journal, printed to PDF with Chromium when available,
/// and signed with the certificate in <c>Signing:PfxPath</c>/<c>Signing:PfxPassword</c>, or with a
/// self-signed demo certificate made on first start in the data folder.
/// </summary>
public static class DocumentServices
{
    public static IServiceCollection AddDocumentServices(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var dataFolder = Path.GetFullPath(Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, configuration["Signing:DataFolder"] ?? "data"));
            return new SigningCertificateProvider(new SigningCertificateOptions
            {
                PfxPath = configuration["Signing:PfxPath"],
                PfxPassword = configuration["Signing:PfxPassword"],
                DataFolder = dataFolder,
            }, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp => new DocumentSigner(sp.GetRequiredService<SigningCertificateProvider>().GetCertificate(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(_ => new PdfPrinter());
        services.AddSingleton<IssuedDocumentQuery>();
        services.AddSingleton(sp => new DocumentIssuer(
            sp.GetRequiredService<WorkflowEngine>(),
            sp.GetRequiredService<WorkflowDbContextFactory>(),
            sp.GetRequiredService<WorkspaceAccessor>(),
            sp.GetRequiredService<DocumentSigner>(),
            sp.GetRequiredService<PdfPrinter>()));
        services.AddSingleton(sp => new ElectronicResultQuery(sp.GetRequiredService<WorkflowDbContextFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ElectronicDataStore(sp.GetRequiredService<WorkflowDbContextFactory>(), sp.GetRequiredService<WorkspaceAccessor>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ResultIssuer(
            sp.GetRequiredService<WorkflowEngine>(),
            sp.GetRequiredService<WorkflowDbContextFactory>(),
            sp.GetRequiredService<WorkspaceAccessor>(),
            sp.GetRequiredService<DocumentSigner>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DigitisedComponentQuery>();
        services.AddSingleton(sp => new ComponentDigitiser(sp.GetRequiredService<WorkflowEngine>(), sp.GetRequiredService<DocumentSigner>()));
        return services;
    }
}
