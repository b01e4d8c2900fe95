namespace Workflow.Engine.Journal.Details;

/// <summary>One file of a digitised component: its record, name, type, size and fingerprint.</summary>
public sealed record DigitisedFile(Guid File, string Name, string MediaType, long Size, string ContentHash);
