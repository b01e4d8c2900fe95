namespace Workflow.Engine.Documents.Forms.Rendering;

/// <summary>The safety limits a template runs under; they stay on so a faulty template cannot run away.</summary>
public sealed record FormRendererOptions
{
    /// <summary>
    /// Cumulative loop iterations per render. Scriban's default (1,000) is too low for a
    /// register book covering a busy month, so the default here is 20,000.
    /// </summary>
    public int LoopLimit { get; init; } = 20_000;

    /// <summary>Nested function calls, Scriban's default.</summary>
    public int RecursiveLimit { get; init; } = 100;

    /// <summary>Characters of output per render; a register book of thousands of lines stays well inside.</summary>
    public int OutputLimit { get; init; } = 32 * 1024 * 1024;
}
