namespace Workflow.Engine.Reporting.Excel;

/// <summary>One figure column of the periodic report: where it sits under the headers, its number and its value.</summary>
/// <param name="Number">The column's number as printed under the headers, with how it adds up, e.g. "(4)=(5)+(6)+(7)".</param>
internal sealed record ReportColumn(string Group, string Subgroup, string Header, string Number, FigureDefinition Definition, Func<DossierFigures, decimal?> Value, bool IsRate = false);
