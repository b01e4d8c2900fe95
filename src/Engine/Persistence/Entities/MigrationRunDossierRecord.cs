using Workflow.Engine.Runtime.Migration;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// One dossier a prepared migration takes up: where it stood when prepared, and what the run did
/// with it. A moved dossier's row is written in the move's own transaction, so a run resumed after
/// a crash takes up exactly the rows still pending.
/// </summary>
public sealed class MigrationRunDossierRecord
{
    public Guid RunId { get; set; }

    public Guid DossierId { get; set; }

    public string Code { get; set; } = "";

    public int FromVersion { get; set; }

    /// <summary>The unit whose leader may move it.</summary>
    public string ReceivingUnitId { get; set; } = "";

    /// <summary>The open steps when prepared, comma-separated.</summary>
    public string Steps { get; set; } = "";

    public MigrationDossierOutcome Outcome { get; set; }

    public string? Reason { get; set; }

    public DateTime? DoneAt { get; set; }
}
