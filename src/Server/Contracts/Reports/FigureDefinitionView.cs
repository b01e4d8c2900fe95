namespace Workflow.Server.Contracts.Reports;

/// <summary>A figure's or an indicator's name and how it is computed, in the caller's language.</summary>
public sealed record FigureDefinitionView(string Id, string Name, string Formula);
