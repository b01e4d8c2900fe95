namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>A person who signs a form, with the title printed above the signature.</summary>
public sealed record FormOfficer
{
    public required string Name { get; init; }

    /// <summary>The position, e.g. "Công chức Bộ phận Một cửa" or "Trưởng phòng".</summary>
    public string? Title { get; init; }

    public string? Phone { get; init; }
}
