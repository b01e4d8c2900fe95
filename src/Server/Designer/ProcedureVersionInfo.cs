namespace Workflow.Server.Designer;

/// <summary>
/// One version of a procedure as the designer lists it: <c>draft</c>, <c>published</c> or
/// <c>unreadable</c> (the file is not valid JSON), whether the engine loaded it, and its problem counts.
/// </summary>
public sealed record ProcedureVersionInfo(int Version, string Status, string? Name, DateOnly? EffectiveFrom, string? ContentHash, bool HasFile, bool Loaded, int Errors, int Warnings);
