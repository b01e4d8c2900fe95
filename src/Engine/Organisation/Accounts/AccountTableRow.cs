namespace Workflow.Engine.Organisation.Accounts;

/// <summary>One row of the accounts layout as exports write it: an officer and one of their memberships (none: blank unit and role).</summary>
public sealed record AccountTableRow(
    string UserName,
    string DisplayName,
    string? Email,
    string? Phone,
    string? UnitId,
    string? UnitName,
    string? Role,
    DateOnly? ValidFrom,
    DateOnly? ValidTo);
