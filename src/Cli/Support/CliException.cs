namespace Workflow.Cli.Support;

/// <summary>A mistake in how the command was called; printed as one sentence, exit code 2.</summary>
public sealed class CliException(string message) : Exception(message);
