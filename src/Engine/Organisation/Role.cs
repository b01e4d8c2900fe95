using System.Globalization;

namespace Workflow.Engine.Organisation;

/// <summary>A position a person can hold at a unit, such as <c>head</c> or <c>civil-status-officer</c>.</summary>
public sealed record Role(string Id, string Name, string NameEn)
{
    /// <summary>The name in the requested language: Vietnamese unless English is asked for.</summary>
    public string DisplayName(CultureInfo? culture = null) => OrganisationText.IsEnglish(culture) ? NameEn : Name;
}
