namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// One confirmed import of officers and memberships from a file: who ran it, when, which file and
/// what it did (rows and the counts of each outcome). The rows themselves are not kept: the officers
/// and memberships they wrote are.
/// </summary>
public sealed class AccountImportRecord
{
    public Guid Id { get; set; }

    public DateTime At { get; set; }

    public string ById { get; set; } = "";

    public string ByName { get; set; } = "";

    public string FileName { get; set; } = "";

    public int Rows { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }
}
