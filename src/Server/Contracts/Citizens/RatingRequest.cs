using Workflow.Engine.Runtime.States;

namespace Workflow.Server.Contracts.Citizens;

/// <summary>The citizen's rating of a returned dossier, proved by its code and secret (or recorded by the desk).</summary>
public sealed record RatingRequest(string? Code, string? Secret, SatisfactionLevel? Level, string? Reason = null);
