using Workflow.Server.Endpoints;

namespace Workflow.Server.Components.Shared;

/// <summary>The national status names (the engine's words, in the reader's language).</summary>
public static class DossierStatusText
{
    public static readonly IReadOnlyList<int> Codes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    public static string Name(int code) => CommandOutcomes.StatusName(code);
}
