using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>The citizen's satisfaction with one dossier, given once at return (online or at the desk).</summary>
public sealed class RatingRecord
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    public SatisfactionLevel Level { get; set; }

    public string? Reason { get; set; }

    /// <summary>Where the rating was given: online, at the desk (kiosk or tablet), or recorded by an officer.</summary>
    public string Channel { get; set; } = "";

    public DateTime RatedAt { get; set; }
}
