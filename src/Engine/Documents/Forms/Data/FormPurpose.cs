namespace Workflow.Engine.Documents.Forms.Data;

/// <summary>
/// The stable ids by which the engine asks for a form, whatever number and title a
/// circular gives it. Template sets map each id to their own form; the ids never change.
/// </summary>
public static class FormPurpose
{
    public const string Receipt = "receipt";
    public const string SupplementRequest = "supplement-request";
    public const string Refusal = "refusal";
    public const string Apology = "apology";
    public const string StopNotice = "stop-notice";
    public const string ControlSheet = "control-sheet";
    public const string RegisterBook = "register-book";

    /// <summary>Every purpose, in the order the circulars number them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Receipt, SupplementRequest, Refusal, Apology, StopNotice, ControlSheet, RegisterBook,
    ];

    public static bool IsKnown(string? purpose) => purpose is not null && All.Contains(purpose, StringComparer.Ordinal);
}
