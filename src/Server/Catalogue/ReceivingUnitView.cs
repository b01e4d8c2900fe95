namespace Workflow.Server.Catalogue;

/// <summary>A unit whose desk receives the procedure today.</summary>
public sealed record ReceivingUnitView(string Id, string Code, string Name);
