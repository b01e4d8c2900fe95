namespace Workflow.Server.Contracts.Organisation;

/// <summary>The change as logged, and what it touched when it was applied.</summary>
public sealed record AppliedOrganisationChange(OrganisationChangeView Change, OrganisationChangePreviewView Preview);
