using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;

namespace Workflow.Designer.Editing;

/// <summary>A phase (giai đoạn) as the phases panel edits it: name, who bears its time, its budget and its steps.</summary>
public sealed record PhaseDraft(string Id, string Name, PhaseBearer BorneBy, decimal BudgetValue, DurationUnit BudgetUnit, IReadOnlyList<string> Steps, string? Note = null);
