namespace Workflow.Engine.Definitions.Model;

/// <summary>
/// A named stage (giai đoạn) of the internal process, as a provincial decision on the internal
/// process groups its steps: its own time budget, who bears that time, and its steps in order.
/// Not <see cref="StepPhase"/>, which says where a single task stands for the national status code.
/// </summary>
public sealed record ProcessPhase
{
    public string Id { get; init; } = "";

    /// <summary>Vietnamese name, e.g. "Thẩm định hồ sơ tại Chi nhánh Văn phòng đăng ký đất đai".</summary>
    public string Name { get; init; } = "";

    public PhaseBearer BorneBy { get; init; }

    /// <summary>The time the phase may take, counted from its first step like any step's duration.</summary>
    public DurationSpec Budget { get; init; } = new();

    public string? Note { get; init; }

    /// <summary>Ids of the steps the phase groups; a step belongs to at most one phase.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];
}
