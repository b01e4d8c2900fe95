namespace Workflow.Engine.Definitions.Interchange;

/// <summary>One column whose text differs between a procedure's newest version and the imported row.</summary>
public sealed record CellChange(string Column, string Before, string After);
