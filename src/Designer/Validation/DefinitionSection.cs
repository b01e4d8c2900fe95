namespace Workflow.Designer.Validation;

/// <summary>The part of the editor a problem belongs to, so clicking it opens the right panel.</summary>
public enum DefinitionSection
{
    /// <summary>Names, level, statutory time, channels and the other public facts.</summary>
    Metadata,

    /// <summary>The steps and their links.</summary>
    Process,

    Documents,

    Fees,

    Data,

    Results,

    /// <summary>The process's phases (giai đoạn) and their budgets.</summary>
    Phases,
}
