using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>A wait step that began waiting for the citizen, and what the wait does to the clock. Shared by supplement and payment waits.</summary>
public abstract record CitizenWaitDetail(string Step, ClockEffect Clock) : SharedShapeDetail;
