using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Engine.Queries.Dossiers;
using Workflow.Engine.Runtime.Execution;

namespace Workflow.Engine.Queries.Tracking;

/// <summary>
/// The dossiers filed under one applicant ID number, newest first: what a citizen signed in with a
/// verified electronic identity sees as their own, whichever channel the dossier came by.
/// </summary>
public sealed class ApplicantDossiersQuery(WorkflowDbContextFactory database)
{
    /// <summary>Enough for any one person; older dossiers stay reachable by code and secret.</summary>
    public const int MaxLines = 200;

    public async Task<IReadOnlyList<ApplicantDossier>> ListAsync(string idNumber, CultureInfo? culture, CancellationToken cancellationToken = default)
    {
        if (ApplicantIdNumbers.Normalise(idNumber) is not { } normalised)
        {
            return [];
        }

        await using var db = database.Create();
        var rows = await db.Dossiers.AsNoTracking().Where(d => d.ApplicantIdNumber == normalised)
            .OrderByDescending(d => d.SubmittedAt).ThenByDescending(d => d.Code).Take(MaxLines)
            .Select(d => new { d.Code, d.ProcedureName, d.StatusCode, d.SubmittedAt, d.DueAt, d.AppointmentAt, d.ReturnedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(d => new ApplicantDossier(d.Code, d.ProcedureName, d.StatusCode, PublicMilestoneText.StatusName(d.StatusCode, culture),
            DossierDetailQuery.Local(d.SubmittedAt), DossierDetailQuery.Local(d.DueAt), DossierDetailQuery.Local(d.AppointmentAt), DossierDetailQuery.Local(d.ReturnedAt)))];
    }
}
