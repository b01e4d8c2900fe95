using Workflow.Engine.Definitions.Model;
using static Workflow.Server.Components.Localization.UiText;

namespace Workflow.Server.Components.Shared;

/// <summary>The administrative level that carries out a procedure, as citizens read it.</summary>
public static class ProcedureLevelNames
{
    public static IReadOnlyList<ProcedureLevel> All { get; } = [ProcedureLevel.Province, ProcedureLevel.District, ProcedureLevel.Commune];

    public static string Of(ProcedureLevel level) => level switch
    {
        ProcedureLevel.Province => T("Cấp tỉnh", "Province"),
        ProcedureLevel.District => T("Cấp huyện", "District"),
        _ => T("Cấp xã", "Commune"),
    };
}
