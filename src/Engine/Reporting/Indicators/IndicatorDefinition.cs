using System.Globalization;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Reporting.Indicators;

/// <summary>
/// An evaluation indicator with its formula and scale. <see cref="ScaleAssumed"/> marks a point scale
/// we could not check against the legal text (DOMAIN.md gives only "0/1/2 points each" and the
/// group maxima); such scales are written here, in one place, so they can be corrected.
/// </summary>
public sealed record IndicatorDefinition(string Id, string NameVi, string NameEn, string FormulaVi, string FormulaEn, bool ScaleAssumed)
{
    public string Name(CultureInfo? culture) => Text.Pick(culture, NameVi, NameEn);

    public string Formula(CultureInfo? culture) => Text.Pick(culture, FormulaVi, FormulaEn);
}
