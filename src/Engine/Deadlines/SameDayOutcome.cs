namespace Workflow.Engine.Deadlines;

/// <summary>Why a same-day procedure is due when it is.</summary>
public enum SameDayOutcome
{
    /// <summary>Received on a working day not after the cut-off: due at that day's close.</summary>
    WithinCutoff,

    /// <summary>Received after the cut-off: due at the close of the next working day.</summary>
    AfterCutoff,

    /// <summary>Received after the day's close (a short day whose close precedes the cut-off): next working day.</summary>
    AfterClose,

    /// <summary>Received on a rest day: due at the close of the next working day.</summary>
    OnRestDay,
}
