using Workflow.Engine.Deadlines;
using Workflow.Engine.Queries.Paging;

namespace Workflow.Engine.Queries.Audit;

/// <param name="From">First local date of the period (included).</param>
/// <param name="To">Last local date of the period (included).</param>
public sealed record HandoffFilter(string? FromUnitId = null, string? ToUnitId = null, DateOnly? From = null, DateOnly? To = null, Punctuality? Punctuality = null, PageRequest? Page = null);
