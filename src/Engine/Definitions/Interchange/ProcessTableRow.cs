namespace Workflow.Engine.Definitions.Interchange;

/// <summary>One step as the internal-process table shows it, in the words <see cref="ProcessTableImporter"/> reads back.</summary>
public sealed record ProcessTableRow(int Number, string Content, string Unit, string Role, string Time);
