using Workflow.Engine.Deadlines;

namespace Workflow.Designer.Components;

/// <summary>A duration as the duration fields hand it on.</summary>
public sealed record DurationValue(decimal Value, DurationUnit Unit, TimeOnly? Cutoff);
