using Workflow.Engine.Deadlines;

namespace Workflow.Server.Catalogue;

/// <summary>The legal processing time, with a sentence that reads it out (e.g. "3 ngày làm việc").</summary>
public sealed record StatutoryTimeView(decimal Value, DurationUnit Unit, TimeOnly? Cutoff, string Text, string? Note);
