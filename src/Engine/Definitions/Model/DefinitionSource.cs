namespace Workflow.Engine.Definitions.Model;

/// <summary>The file a definition was read from and the hash of its canonical content.</summary>
public sealed record DefinitionSource(string File, string ContentHash, string CanonicalJson)
{
    public static readonly DefinitionSource None = new("", "", "");
}
