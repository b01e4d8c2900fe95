using Workflow.Engine.Documents.Forms.Rendering;
using Workflow.Engine.Documents.Forms.Templates;
using Workflow.Engine.Localization;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Documents;

/// <summary>The template sets of the repository's procedures/forms, loaded once for the tests that only read them.</summary>
public static class RepositoryForms
{
    private static readonly Lazy<FormTemplateLoadResult> Loaded = new(() => FormTemplateSetLoader.Load(RepositoryPaths.Procedures, Text.Vietnamese));

    public static FormTemplateLoadResult Result => Loaded.Value;

    public static FormTemplateCatalog Catalog => Loaded.Value.Catalog;

    public static FormRenderer Renderer { get; } = new(Catalog);

    /// <summary>A copy of procedures/ a test may change; the returned path is the copy's procedures folder.</summary>
    public static string CopyTo(TemporaryFolder folder)
    {
        var root = folder.CopyFrom(Path.Combine(RepositoryPaths.Procedures, FormTemplateSetLoader.FormsFolder), Path.Combine("procedures", FormTemplateSetLoader.FormsFolder));
        return Path.GetDirectoryName(root)!;
    }
}
