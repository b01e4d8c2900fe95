namespace Workflow.Engine.Organisation.Administration;

/// <summary>What an administrator does to the organisation. Stored by name: never rename a member.</summary>
public enum OrganisationChangeKind
{
    CreateUnit,
    RenameUnit,
    MoveUnit,
    MergeUnit,
    AbolishUnit,
    CreateKind,
    RenameKind,
}
