namespace Workflow.Server.Components.Administration;

/// <summary>Placeholder.</summary>
public sealed class CalendarEditing;
