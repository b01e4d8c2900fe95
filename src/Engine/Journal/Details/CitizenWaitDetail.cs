using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Journal.Details;

/// <summary>
/// A wait step that began waiting for the citizen, and what the wait does to the clock. Shared by
/// supplement and payment waits. With a citizen's deadline: when it passes and what its passing does
/// (absent otherwise, so entries without one keep their bytes).
/// </summary>
public abstract record CitizenWaitDetail(string Step, ClockEffect Clock, DateTime? CitizenDeadline = null, CitizenDeadlineEffect? OnExpiry = null) : SharedShapeDetail;
