using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Organisation.Accounts;

/// <summary>The rows to write for a planned import: new officers, changed officers (tracked records), new memberships and changed end dates.</summary>
internal sealed class AccountImportWrites
{
    public List<OfficerRecord> NewOfficers { get; } = [];

    public List<OfficerRecord> ChangedOfficers { get; } = [];

    public List<MembershipRecord> NewMemberships { get; } = [];

    public List<(MembershipRecord Membership, DateOnly? ValidTo)> NewEnds { get; } = [];
}
