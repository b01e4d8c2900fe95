namespace Workflow.Engine.Digitisation;

/// <summary>How a document component came to be electronic.</summary>
public enum DigitisationSource
{
    /// <summary>Received on paper and scanned or photographed by the desk at receipt.</summary>
    Scanned,

    /// <summary>Already electronic when filed: uploaded with an online or postal dossier.</summary>
    ElectronicAtSubmission,
}
