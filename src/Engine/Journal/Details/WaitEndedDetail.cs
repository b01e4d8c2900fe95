using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>A wait for the citizen ended: what it had done to the clock, and the due instant now. Shared by supplement and payment.</summary>
public abstract record WaitEndedDetail(ClockEffect? Clock, DateTime? Due) : SharedShapeDetail;
