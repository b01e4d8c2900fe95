using System.Globalization;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Reporting.Indicators;

/// <summary>An indicator the data cannot support, and why: it is listed, never estimated.</summary>
public sealed record UnsupportedIndicator(string Id, string NameVi, string NameEn, string ReasonVi, string ReasonEn)
{
    public string Name(CultureInfo? culture) => Text.Pick(culture, NameVi, NameEn);

    public string Reason(CultureInfo? culture) => Text.Pick(culture, ReasonVi, ReasonEn);
}
