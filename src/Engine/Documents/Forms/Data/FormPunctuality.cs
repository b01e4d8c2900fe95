namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>How a unit finished its part against its deadline, as the control sheet prints it.</summary>
public enum FormPunctuality
{
    /// <summary>Trước hạn.</summary>
    Early,

    /// <summary>Đúng hạn.</summary>
    OnTime,

    /// <summary>Quá hạn.</summary>
    Late,
}
