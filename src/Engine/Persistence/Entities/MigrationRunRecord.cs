using Workflow.Engine.Runtime.Migration;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// A migration an analyst prepared (procedure, target version, complete mapping, reason) and its
/// state as leaders run it; each dossier it takes up has a <see cref="MigrationRunDossierRecord"/>.
/// </summary>
public sealed class MigrationRunRecord
{
    public Guid Id { get; set; }

    public string ProcedureId { get; set; } = "";

    public int TargetVersion { get; set; }

    /// <summary>The mapping used for every dossier, as JSON (<c>[{"fromStep":…,"toStep":…}]</c>).</summary>
    public string Mapping { get; set; } = "[]";

    public string Reason { get; set; } = "";

    public MigrationRunStatus Status { get; set; }

    public string PreparedBy { get; set; } = "";

    public string PreparedByName { get; set; } = "";

    public DateTime PreparedAt { get; set; }

    public string? StartedBy { get; set; }

    public string? StartedByName { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}
