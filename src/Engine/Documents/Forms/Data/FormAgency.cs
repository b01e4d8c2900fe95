namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>
/// The agency that issues a form, as its header prints it: the governing body on the first
/// line (e.g. "Ủy ban nhân dân phường Tân Phú") and the issuing unit below it in bold
/// (e.g. "Bộ phận Một cửa").
/// </summary>
public sealed record FormAgency
{
    /// <summary>The issuing unit, e.g. "Bộ phận Một cửa" or "Phòng Kinh tế, Hạ tầng và Đô thị".</summary>
    public required string Name { get; init; }

    /// <summary>The body the unit belongs to, printed above it; empty when the unit heads its own header.</summary>
    public string? ParentName { get; init; }

    /// <summary>The agency identifier of Circular 10/2016/TT-BTTTT that starts its dossier codes, e.g. "H55.24.3".</summary>
    public string? Code { get; init; }

    public string? Address { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>The place name of the date line: "Tân Phú, ngày 16 tháng 12 năm 2026".</summary>
    public string? Locality { get; init; }
}
