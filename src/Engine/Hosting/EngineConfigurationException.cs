namespace Workflow.Engine.Hosting;

/// <summary>The engine's settings cannot be used as given; the message says which setting, in Vietnamese and English.</summary>
public sealed class EngineConfigurationException(string message) : Exception(message);
