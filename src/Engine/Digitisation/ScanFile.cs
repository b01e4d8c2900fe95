namespace Workflow.Engine.Digitisation;

/// <summary>One scanned or photographed file of a paper component, already checked by its content, with the unit's detached signature over it when certified.</summary>
public sealed record ScanFile(byte[] Bytes, string MediaType, string FileName, byte[]? Signature = null);
