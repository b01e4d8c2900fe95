namespace Workflow.Server.Hosting;

/// <summary>A setting or file that stops the server from starting, with the sentence that says how to fix it.</summary>
public sealed class StartupException(string message) : Exception(message);
