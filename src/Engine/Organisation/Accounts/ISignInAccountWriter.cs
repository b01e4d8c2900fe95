using System.Data.Common;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Organisation.Accounts;

/// <summary>
/// Writes the sign-in accounts that go with the officers an import creates or changes, on the import's own
/// connection and transaction, so that officers, memberships and accounts are committed together or not at all.
/// <paramref name="newMemberships"/> are the memberships the import grants (new officers' among them). The engine keeps officers; sign-in accounts belong to the host (the server).
/// </summary>
public interface ISignInAccountWriter
{
    Task WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OfficerRecord> created, IReadOnlyList<OfficerRecord> changed, IReadOnlyList<MembershipRecord> newMemberships, CancellationToken cancellationToken);
}
