using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Documents.Forms.Templates;

/// <summary>The usable sets and every problem found; a form with errors is left out of the catalog.</summary>
public sealed record FormTemplateLoadResult(FormTemplateCatalog Catalog, IReadOnlyList<Problem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}
