namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>Pages of the register book (sổ theo dõi hồ sơ): one line per dossier.</summary>
public sealed record RegisterBookFormData : FormData
{
    public override string Purpose => FormPurpose.RegisterBook;

    /// <summary>The volume (quyển số) printed.</summary>
    public string? Volume { get; init; }

    /// <summary>The first day the printed lines cover.</summary>
    public DateOnly? PeriodFrom { get; init; }

    /// <summary>The last day the printed lines cover.</summary>
    public DateOnly? PeriodTo { get; init; }

    public required IReadOnlyList<FormRegisterRow> Rows { get; init; }
}
