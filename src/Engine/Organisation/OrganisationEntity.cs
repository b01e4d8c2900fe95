namespace Workflow.Engine.Organisation;

/// <summary>What a JSON object in the organisation file stands for, so sentences can name it.</summary>
internal enum OrganisationEntity
{
    File,
    Role,
    Kind,
    Unit,
}
