namespace Workflow.Engine.Results;

/// <summary>The bytes of a result about to be stored, what they are, and where they came from.</summary>
public sealed record ResultContent(byte[] Bytes, string MediaType, string FileName, ResultOrigin Origin);
