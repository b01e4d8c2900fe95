namespace Workflow.Server.Contracts.Designer;

/// <summary>Publish a draft from a date (local, <c>yyyy-MM-dd</c>): today or later, not before a published version takes effect. Absent: the draft's own date when it is not past, otherwise the next working day.</summary>
public sealed record PublishRequest(DateOnly? EffectiveFrom = null);
