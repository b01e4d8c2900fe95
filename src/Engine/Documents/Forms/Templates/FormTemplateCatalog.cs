using Workflow.Engine.Calendars;
namespace Workflow.Engine.Documents.Forms.Templates;

/// <summary>The loaded template sets, and which one a dossier uses by the day it was received.</summary>
public sealed class FormTemplateCatalog
{
    public FormTemplateCatalog(IEnumerable<FormTemplateSet> sets)
    {
        Sets = sets.OrderBy(s => s.ValidFrom).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    public static FormTemplateCatalog Empty { get; } = new([]);

    /// <summary>The sets, oldest first.</summary>
    public IReadOnlyList<FormTemplateSet> Sets { get; }

    public FormTemplateSet? FindSet(string id) => Sets.FirstOrDefault(s => s.Id == id);

    /// <summary>The set for a dossier received on this day (Vietnam calendar); none when no set covers it.</summary>
    public FormTemplateSet? SetFor(DateOnly receivedOn) =>
        // The loader refuses overlapping sets; should two still cover a day, the newer one wins.
        Sets.LastOrDefault(s => s.AppliesOn(receivedOn));

    /// <summary>The set for a dossier received at this instant, judged by the day in Vietnam.</summary>
    public FormTemplateSet? SetFor(DateTimeOffset receivedAt) => SetFor(VietnamTime.LocalDate(receivedAt));

    /// <summary>The form with this purpose in the set for a dossier received at this instant.</summary>
    public FormTemplate? FindForm(string purpose, DateTimeOffset receivedAt) => SetFor(receivedAt)?.FindForm(purpose);
}
