namespace Workflow.Engine.Runtime.Commands;

/// <summary>What the desk decides when it checks a dossier (Decree 61 art. 15-16).</summary>
public enum IntakeDecision
{
    /// <summary>Not checked yet (online and postal submissions wait for the desk).</summary>
    Pending,

    /// <summary>Complete: accepted, the clock starts and the receipt gives the appointment.</summary>
    Accept,

    /// <summary>Incomplete: not accepted; the citizen gets one list of what to complete.</summary>
    AskToComplete,

    /// <summary>Out of scope or not eligible: refused in writing with the reason.</summary>
    Refuse,
}
