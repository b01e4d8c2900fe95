using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Organisation.Accounts;

/// <summary>A confirmed import: what each row did, and its line in the import log (who, when, counts).</summary>
public sealed record AccountImportResult(AccountImportPlan Plan, AccountImportRecord Record);
