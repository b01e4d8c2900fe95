namespace Workflow.Engine.Queries.CalendarImpact;

/// <summary>An open dossier whose due instant a proposed calendar would move. Instants are local (UTC+7).</summary>
public sealed record MovedDueDate(Guid DossierId, string Code, DateTimeOffset? DueNow, DateTimeOffset? DueWithProposal);
