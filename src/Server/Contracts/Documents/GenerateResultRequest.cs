namespace Workflow.Server.Contracts.Documents;

/// <summary>
/// Which of the procedure's results (<c>results[].id</c>) to generate from its template; with
/// <see cref="SigningAuthorisationId"/>, the result prints that authorisation's signature block (KT., TL., TUQ.)
/// and only its signer may sign it.
/// </summary>
public sealed record GenerateResultRequest(string? ResultId, Guid? SigningAuthorisationId = null);
