using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Queries.Paging;

namespace Workflow.Server.Catalogue;

/// <summary>
/// What a reader looks for in the catalogue: words of the name, code or field (accents and case
/// ignored), a field, a level, and which page.
/// </summary>
public sealed record CatalogueSearch(string? Text, string? Field, ProcedureLevel? Level, PageRequest Page);
