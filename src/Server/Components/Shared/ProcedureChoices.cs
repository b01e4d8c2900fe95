using System.Globalization;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Execution;
using Workflow.Server.Components.Localization;

namespace Workflow.Server.Components.Shared;

/// <summary>The procedures a filter can choose from: every procedure the engine knows, by its latest name.</summary>
public static class ProcedureChoices
{
    /// <summary>How many matches a picker lists at once; more words narrow them.</summary>
    public const int MaxShown = 20;

    public static IReadOnlyList<(string Id, string Name)> All(WorkspaceAccessor workspace) =>
        Latest(workspace).Select(d => (d.Id, Name(d)))
            .OrderBy(p => p.Item2, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true))
            .ToList();

    /// <summary>The procedures whose name, code or field holds every word typed (accents and case ignored), by name.</summary>
    public static IEnumerable<(string Id, string Name)> Search(WorkspaceAccessor workspace, string? text)
    {
        var words = SearchText.Fold(text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matching = Latest(workspace)
            .Where(d => words.Length == 0 || words.All(SearchText.Fold($"{d.Name} {d.NameEn} {d.Code} {d.Field}").Contains))
            .Select(d => d.Id)
            .ToHashSet(StringComparer.Ordinal);
        return All(workspace).Where(p => matching.Contains(p.Id)).Take(MaxShown);
    }

    public static string NameOf(WorkspaceAccessor workspace, string id) =>
        workspace.Current.Catalog.Versions(id).MaxBy(d => d.Version) is { } latest ? Name(latest) : id;

    private static IEnumerable<ProcedureDefinition> Latest(WorkspaceAccessor workspace) =>
        workspace.Current.Catalog.ProcedureIds.Select(id => workspace.Current.Catalog.Versions(id).MaxBy(d => d.Version)!);

    private static string Name(ProcedureDefinition d) => UiText.IsEnglish && !string.IsNullOrWhiteSpace(d.NameEn) ? d.NameEn! : d.Name;
}
