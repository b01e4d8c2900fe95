namespace Workflow.Server.Contracts.Public;

/// <summary>The signed-in citizen as their electronic identity provider verified them; level 0 means a level the server does not know.</summary>
public sealed record CitizenProfile(string Name, string IdNumber, int Level, string? Phone, string? Email, string? Address);
