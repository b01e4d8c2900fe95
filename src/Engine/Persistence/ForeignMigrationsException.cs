namespace Workflow.Engine.Persistence;

/// <summary>The database records migrations this build does not have: it was made by another build of the engine.</summary>
public sealed class ForeignMigrationsException(string message) : InvalidOperationException(message);
