namespace Workflow.Engine.Deadlines;

/// <summary>How a finished dossier or step compares with its deadline, as the statistics count it.</summary>
public enum Punctuality
{
    /// <summary>Finished before the due date's (local) day: trước hạn.</summary>
    Early,

    /// <summary>Finished on the due day, not after the due instant: đúng hạn.</summary>
    OnTime,

    /// <summary>Finished after the due instant: quá hạn.</summary>
    Late,
}
