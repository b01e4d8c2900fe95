using Microsoft.AspNetCore.Identity;
using Workflow.Engine.Definitions.Interchange;
using Workflow.Engine.Organisation.Accounts;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Server.Contracts.Admin;
using Workflow.Server.Localization;
using Workflow.Server.Problems;

namespace Workflow.Server.Accounts;

/// <summary>
/// Accounts in bulk for the API and the users page: the engine's import of officers and memberships, with the
/// sign-in accounts written in its transaction and, once committed, a setup link for every new account.
/// </summary>
public sealed class AccountBulkImport(AccountImporter importer, DatabaseOptions database, ILookupNormalizer normalizer, AccountSetup setup)
{
    public async Task<AccountImportReport> DryRunAsync(Stream file, string fileName, CancellationToken cancellationToken = default)
    {
        var plan = await Readable(() => importer.DryRunAsync(file, fileName, Language.Current, cancellationToken));
        return AccountImportReport.Of(plan, written: false, []);
    }

    /// <exception cref="AccountImportRefusedException">A row is refused; nothing was written.</exception>
    public async Task<AccountImportReport> ConfirmAsync(Stream file, string fileName, Actor by, CancellationToken cancellationToken = default)
    {
        var result = await Readable(() => importer.ConfirmAsync(file, fileName, by, Language.Current, new SignInAccountWriter(database, normalizer), cancellationToken));
        var links = new List<AccountSetupLink>();
        foreach (var officer in result.Plan.NewOfficers)
        {
            links.Add(new AccountSetupLink(officer.Id, officer.UserName, officer.DisplayName, await setup.LinkAsync(officer.Id)));
        }

        return AccountImportReport.Of(result.Plan, written: true, links);
    }

    private static async Task<T> Readable<T>(Func<Task<T>> import)
    {
        try
        {
            return await import();
        }
        catch (TableFileException ex)
        {
            throw ApiProblemException.Invalid("unreadable-file", ex.Message, "file");
        }
    }
}
