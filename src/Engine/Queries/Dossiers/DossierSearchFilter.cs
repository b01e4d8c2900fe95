using Workflow.Engine.Queries.Paging;

namespace Workflow.Engine.Queries.Dossiers;

/// <param name="Search">Part of the code, or of the applicant's name (accents and case ignored).</param>
public sealed record DossierSearchFilter(string? Search = null, int? StatusCode = null, string? ProcedureId = null, PageRequest? Page = null);
