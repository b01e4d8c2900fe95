namespace Workflow.Engine.Notifications.Portal;

/// <summary>What a reconciliation found: dossiers compared, those the outbox was behind on, messages written for them.</summary>
public sealed record PortalReconciliation(int Dossiers, int Behind, int Written);
