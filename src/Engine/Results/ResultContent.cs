namespace Workflow.Engine.Results;

/// <summary>
/// The bytes of a result about to be stored, what they are, and where they came from; and the signing
/// authorisation whose block a generated result prints, when it is to be signed on behalf of the head.
/// </summary>
public sealed record ResultContent(byte[] Bytes, string MediaType, string FileName, ResultOrigin Origin, Guid? SigningAuthorisationId = null);
