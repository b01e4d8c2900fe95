namespace Workflow.Engine.Queries.CalendarImpact;

/// <summary>How many open dossiers were compared, and those whose due instant would move.</summary>
public sealed record DueDateImpact(int OpenDossiers, IReadOnlyList<MovedDueDate> Moved);
