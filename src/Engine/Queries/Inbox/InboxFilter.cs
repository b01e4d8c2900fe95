using Workflow.Engine.Queries.Paging;

namespace Workflow.Engine.Queries.Inbox;

/// <param name="Due">Only tasks in this due status.</param>
/// <param name="StatusCode">Only dossiers with this national status code (1-10).</param>
/// <param name="ProcedureId">Only dossiers of this procedure.</param>
/// <param name="Search">Part of the dossier code, or of the applicant's name (accents and case ignored).</param>
public sealed record InboxFilter(DueStatus? Due = null, int? StatusCode = null, string? ProcedureId = null, string? Search = null, PageRequest? Page = null);
