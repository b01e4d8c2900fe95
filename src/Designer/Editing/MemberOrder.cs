namespace Workflow.Designer.Editing;

/// <summary>
/// The order in which members are written in definition files (the order of the JSON Schema and of
/// the sample procedures). A member the designer adds goes to its place in this order, so a saved
/// file reads like one written by hand.
/// </summary>
public static class MemberOrder
{
    public static readonly IReadOnlyList<string> Procedure =
    [
        "$schema", "id", "code", "version", "status", "name", "nameEn", "field", "level", "receivingUnitKind", "effectiveFrom",
        "description", "legalBasis", "statutoryTime", "supplement", "fees", "documents", "results", "onlineMode", "channels", "minimumAssuranceLevel", "data", "process",
    ];

    public static readonly IReadOnlyList<string> Process = ["start", "phases", "steps"];

    public static readonly IReadOnlyList<string> Phase = ["id", "name", "borneBy", "budget", "note", "steps"];

    public static readonly IReadOnlyList<string> Step =
    [
        "id", "name", "kind", "description", "phase", "assignee", "duration", "forms", "outcomes", "branches", "join",
        "deadline", "onDeadline", "escalateTo", "mode", "count", "procedure", "receiver", "pass", "await", "rules",
        "waitFor", "clock", "remindBefore", "onExpiry", "next", "otherwise", "result",
    ];

    /// <summary>A file step's receiving unit: a kind, and optionally one fixed unit.</summary>
    public static readonly IReadOnlyList<string> Receiver = ["unitKind", "unit"];

    public static readonly IReadOnlyList<string> Outcome = ["id", "name", "kind", "to", "requiresComment"];

    public static readonly IReadOnlyList<string> Assignee = ["role", "unitKind", "unit"];

    public static readonly IReadOnlyList<string> Duration = ["value", "unit", "cutoff"];

    public static readonly IReadOnlyList<string> StatutoryTime = ["value", "unit", "cutoff", "convention", "note", "alternatives"];

    public static readonly IReadOnlyList<string> Rule = ["when", "to"];

    public static readonly IReadOnlyList<string> Document = ["id", "name", "originals", "certifiedCopies", "photocopies", "required", "when", "form", "note"];

    public static readonly IReadOnlyList<string> Fee = ["id", "name", "kind", "amount", "per", "quantityField", "tiers", "max", "maxPer", "exemptWhen", "note"];
}
