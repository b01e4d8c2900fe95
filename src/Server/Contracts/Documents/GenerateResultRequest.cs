namespace Workflow.Server.Contracts.Documents;

/// <summary>Which of the procedure's results (<c>results[].id</c>) to generate from its template.</summary>
public sealed record GenerateResultRequest(string? ResultId);
