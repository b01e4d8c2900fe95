namespace Workflow.Server.Components.Administration;

/// <summary>One day off or one worked weekend day as the administrator edits it (date written yyyy-MM-dd).</summary>
public sealed class CalendarDayDraft
{
    public string Date { get; set; } = "";

    public string Name { get; set; } = "";

    public string? NameEn { get; set; }

    public string? Note { get; set; }
}
