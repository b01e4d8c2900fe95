using System.Globalization;
using Workflow.Server.Components.Localization;
using Workflow.Engine.Runtime;

namespace Workflow.Server.Components.Shared;

/// <summary>The procedures a filter can choose from: every procedure the engine knows, by its latest name.</summary>
public static class ProcedureChoices
{
    public static IReadOnlyList<(string Id, string Name)> All(WorkspaceAccessor workspace) =>
        workspace.Current.Catalog.ProcedureIds
            .Select(id => workspace.Current.Catalog.Versions(id).OrderByDescending(d => d.Version).First())
            .Select(d => (d.Id, UiText.IsEnglish && !string.IsNullOrWhiteSpace(d.NameEn) ? d.NameEn! : d.Name))
            .OrderBy(p => p.Item2, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true))
            .ToList();
}
