namespace Workflow.Engine.Documents.Forms.Templates;

/// <summary>
/// The forms of one circular (e.g. 01/2018/TT-VPCP), and the dossiers they serve: those
/// received from <see cref="ValidFrom"/> to <see cref="ValidTo"/>, both days included.
/// </summary>
public sealed record FormTemplateSet
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The circular that gives the forms, e.g. "03/2025/TT-VPCP".</summary>
    public required string Circular { get; init; }

    /// <summary>The first receipt day (Vietnam time) of the dossiers that use this set.</summary>
    public required DateOnly ValidFrom { get; init; }

    /// <summary>The last receipt day of the dossiers that use this set; open-ended when empty.</summary>
    public DateOnly? ValidTo { get; init; }

    /// <summary>The folder holding set.json and the templates.</summary>
    public required string Folder { get; init; }

    public required IReadOnlyDictionary<string, FormTemplate> Forms { get; init; }

    public bool AppliesOn(DateOnly receivedOn) => receivedOn >= ValidFrom && (ValidTo is null || receivedOn <= ValidTo);

    public FormTemplate? FindForm(string purpose) => Forms.GetValueOrDefault(purpose);
}
