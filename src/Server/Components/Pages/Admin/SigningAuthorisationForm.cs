using Workflow.Server.Components.Localization;
using Workflow.Server.Contracts.Delegation;

namespace Workflow.Server.Components.Pages.Admin;

/// <summary>What the administrator filled in on the signing page; the request the API takes is made from it.</summary>
public sealed class SigningAuthorisationForm
{
    public string Kind { get; set; } = "kt";

    public string? UnitId { get; set; }

    public string? PrincipalId { get; set; }

    public string? SignerId { get; set; }

    public string? PrincipalTitle { get; set; }

    public string? SignerTitle { get; set; }

    public string? DocumentNumber { get; set; }

    /// <summary>Dates as yyyy-MM-dd, as <c>DayField</c> binds them.</summary>
    public string? DocumentDate { get; set; }

    public string? FirstDay { get; set; }

    public string? LastDay { get; set; }

    public SigningAuthorisationRequest ToRequest() => new(Kind, Blank(UnitId), Blank(PrincipalId), Blank(SignerId),
        DateEntry.ParseIsoDay(FirstDay), DateEntry.ParseIsoDay(LastDay), Blank(PrincipalTitle), Blank(SignerTitle), Blank(DocumentNumber), DateEntry.ParseIsoDay(DocumentDate));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
