namespace Workflow.Engine.Definitions.Model;

/// <summary>
/// What happens when a consultation's deadline passes and some consulted agencies have not answered,
/// as the governing text says (a parallel step's <c>onDeadline</c>).
/// </summary>
public enum ConsultationDeadlineEffect
{
    /// <summary>Silence is agreement ("quá thời hạn không có ý kiến thì coi như đồng ý"): the silent branches count as agreeing and the flow continues.</summary>
    AssumeAgreement,

    /// <summary>The head of the asking unit is told which agencies are silent; the branches stay open.</summary>
    Escalate,

    /// <summary>The branches stay open and the dossier is flagged as waiting past the consultation deadline.</summary>
    KeepWaiting,
}
