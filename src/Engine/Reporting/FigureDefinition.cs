using System.Globalization;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Reporting;

/// <summary>A figure's name and how it is computed, in both languages, so every number can be shown with its formula.</summary>
public sealed record FigureDefinition(string Id, string NameVi, string NameEn, string FormulaVi, string FormulaEn)
{
    public string Name(CultureInfo? culture) => Text.Pick(culture, NameVi, NameEn);

    public string Formula(CultureInfo? culture) => Text.Pick(culture, FormulaVi, FormulaEn);
}
