using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Calendars;
using Workflow.Engine.Persistence;
using Workflow.Engine.Queries.Paging;
using Workflow.Engine.Queries.Scope;

namespace Workflow.Engine.Queries.Dossiers;

/// <summary>Finds dossiers by code, applicant, status or procedure, within what the viewer may read; newest first.</summary>
public sealed class DossierSearchQuery(WorkflowDbContextFactory database, TimeProvider time)
{
    /// <param name="officerId">Limits the search to the officer's dossiers; null searches every dossier (auditors).</param>
    public async Task<Page<DossierSummary>> SearchAsync(string? officerId, DossierSearchFilter filter, CancellationToken cancellationToken = default)
    {
        var page = (filter.Page ?? new PageRequest()).Normalised();
        await using var db = database.Create();
        // On SQLite the text index picks the few matching dossiers; LIKE there would read every row.
        var indexedMatch = !string.IsNullOrWhiteSpace(filter.Search) && database.Options.Provider == DatabaseProvider.Sqlite
            ? SqliteDossierTextIndex.MatchFor(filter.Search)
            : null;
        var dossiers = indexedMatch is null ? db.Dossiers.AsNoTracking() : SqliteDossierTextIndex.Matching(db, indexedMatch);
        if (officerId is not null)
        {
            var memberships = await OfficerMemberships.LoadAsync(db, officerId, VietnamTime.LocalDate(time.GetUtcNow()), cancellationToken);
            // With search text served by an index (trigrams on PostgreSQL, FTS5 on SQLite) few
            // dossiers match, each then checked against the scope; otherwise the scope's own index
            // ranges are the cheaper start.
            var textFirst = indexedMatch is not null || (!string.IsNullOrWhiteSpace(filter.Search) && database.Options.Provider == DatabaseProvider.Postgres);
            dossiers = textFirst ? DossierScope.VisibleRowByRow(dossiers, db, memberships) : DossierScope.Visible(db, memberships);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search) && indexedMatch is null)
        {
            var code = TextSearch.CodePattern(filter.Search);
            var name = TextSearch.NamePattern(filter.Search);
            dossiers = dossiers.Where(d => EF.Functions.Like(d.Code, code, TextSearch.Escape) || EF.Functions.Like(d.ApplicantSearchName, name, TextSearch.Escape));
        }

        if (filter.StatusCode is { } status)
        {
            dossiers = dossiers.Where(d => d.StatusCode == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.ProcedureId))
        {
            dossiers = dossiers.Where(d => d.ProcedureId == filter.ProcedureId);
        }

        var total = await dossiers.CountAsync(cancellationToken);
        var rows = await dossiers.OrderByDescending(d => d.SubmittedAt).ThenBy(d => d.Code)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return new Page<DossierSummary>(rows.Select(d => new DossierSummary(d.Id, d.Code, d.StatusCode, d.ProcedureId, d.ProcedureName, d.ReceivingUnitId,
            d.ApplicantName, DossierDetailQuery.Local(d.SubmittedAt), DossierDetailQuery.Local(d.AppointmentAt), DossierDetailQuery.Local(d.FinishedAt))).ToList(),
            page.Page, page.PageSize, total);
    }
}
