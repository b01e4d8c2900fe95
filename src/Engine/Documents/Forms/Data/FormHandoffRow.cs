namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>One handover of the dossier between units, one row of the control sheet.</summary>
public sealed record FormHandoffRow
{
    /// <summary>The unit handing the dossier over.</summary>
    public required string GiverUnit { get; init; }

    /// <summary>The person who handed it over.</summary>
    public string? Giver { get; init; }

    public required DateTimeOffset HandedOverAt { get; init; }

    /// <summary>The unit (or the applicant, on return) taking the dossier.</summary>
    public required string ReceiverUnit { get; init; }

    public string? Receiver { get; init; }

    /// <summary>When the receiver took it; the handover time when the two are the same act.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>How the giving unit kept its deadline; empty for a unit without one.</summary>
    public FormPunctuality? Result { get; init; }

    public string? Note { get; init; }
}
