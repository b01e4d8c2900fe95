using Workflow.Engine.Queries.CalendarImpact;

namespace Workflow.Server.Components.Administration;

/// <summary>What the calendar loader said about a proposed change, and which open dossiers' due instants it would move.</summary>
public sealed record CalendarCheck(IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings, DueDateImpact? Impact)
{
    public bool CanSave => Errors.Count == 0 && Impact is not null;
}
