using Workflow.Designer.Workspace;
using Workflow.Server.Localization;
using Workflow.Server.Problems;

namespace Workflow.Server.Designer;

/// <summary>
/// The analysts' API over <c>procedures/</c>. Every read and write goes through the designer's
/// <see cref="DesignerWorkspace"/> (the pages use the same instance): one write lock and one set of
/// rules for ids, versions, drafts, publication and new versions. This class only shapes its
/// results into the API's contracts and its refusals into ProblemDetails.
/// </summary>
public sealed class ProceduresEditor(DesignerWorkspace workspace)
{
    public const int MaxDefinitionLength = DesignerOptions.MaxDefinitionLength;

    public Task<IReadOnlyList<ProcedureListing>> ListAsync(CancellationToken cancellationToken) => Refusing(async () =>
        (IReadOnlyList<ProcedureListing>)(await workspace.ListAsync(cancellationToken)).Select(Listing).ToList());

    /// <summary>The version's text as stored (or, on a node whose folder lacks it, the database's copy, indented).</summary>
    public Task<string> ReadAsync(string procedureId, int version, CancellationToken cancellationToken) => Refusing(async () =>
        (await workspace.OpenAsync(procedureId, version, cancellationToken)).Text);

    public Task<ValidationReport> ValidateAsync(string procedureId, int version, string text, CancellationToken cancellationToken) => Refusing(async () =>
        ValidationReport.Of(await workspace.ValidateAsync(procedureId, version, text, Language.Current, cancellationToken)));

    public Task<SaveReport> SaveDraftAsync(string procedureId, int version, string text, CancellationToken cancellationToken) => Refusing(async () =>
    {
        var saved = await workspace.SaveDraftAsync(procedureId, version, text, cancellationToken);
        return new SaveReport(saved.ProcedureId, saved.Version, saved.Created, ValidationReport.Of(saved.Problems));
    });

    public Task<PublishReport> PublishAsync(string procedureId, int version, DateOnly? effectiveFrom, string publishedBy, CancellationToken cancellationToken) => Refusing(async () =>
    {
        var published = await workspace.PublishAsync(procedureId, version, publishedBy, effectiveFrom, cancellationToken);
        var schedule = published.Schedule;
        return new PublishReport(published.ProcedureId, published.Version, published.ContentHash, published.PublishedAt, published.PublishedBy, published.WasAlreadyPublished,
            schedule?.EffectiveFrom, schedule?.VersionInForceUntilThen, schedule?.VersionInForceUntilThen is null ? null : schedule.LastDayOfVersionInForce, schedule?.Sentence);
    });

    public Task<NewVersionReport> StartNewVersionAsync(string procedureId, int? fromVersion, CancellationToken cancellationToken) => Refusing(async () =>
    {
        var started = await workspace.StartNewVersionAsync(procedureId, fromVersion, cancellationToken);
        return new NewVersionReport(started.ProcedureId, started.Version, started.FromVersion);
    });

    private static ProcedureListing Listing(ProcedureSummary procedure) => new(
        procedure.Id,
        procedure.Versions.Any(v => v.Loaded) || procedure.Versions.Any(v => v.Name is not null) ? procedure.Name : null,
        procedure.Versions.Select(v => new ProcedureVersionInfo(
            v.Version, v.Status.ToString().ToLowerInvariant(), v.Name, v.EffectiveFrom, v.ContentHash, v.HasFile, v.Loaded, v.Errors, v.Warnings)).ToList());

    /// <summary>Turns the workspace's refusal into the API's ProblemDetails: same code, status and member, and the loader's problems when it has them.</summary>
    internal static async Task<T> Refusing<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (DesignerRefusedException ex)
        {
            var extensions = ex.Problems.Count > 0 ? new Dictionary<string, object?> { ["problems"] = ex.Problems } : null;
            throw new ApiProblemException(ex.HttpStatus, ex.Code, ex.Message, ex.Member, extensions);
        }
    }
}
