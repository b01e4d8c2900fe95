namespace Workflow.Engine.Reporting;

/// <summary>
/// One row of a report. For units, <see cref="Figures"/> include every sub-unit (rolled up) and
/// <see cref="Depth"/> says how deep the unit sits under the report's top rows; the top rows
/// (depth 0) add up to the report's total.
/// </summary>
/// <param name="Key">Unit id, procedure id, field name or channel number.</param>
/// <param name="Code">Agency code, national procedure code or channel code, when there is one.</param>
/// <param name="OwnFigures">For units: the dossiers the unit itself received, without sub-units; otherwise the same as Figures.</param>
public sealed record ReportRow(string Key, string? Code, string Name, int Depth, DossierFigures Figures, DossierFigures OwnFigures);
