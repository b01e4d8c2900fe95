using Workflow.Engine.Localization;

namespace Workflow.Designer.Editing;

/// <summary>An edit that cannot be made as asked (unknown step, duplicate id...); the message is in the reader's language.</summary>
public class DefinitionEditException(string vietnamese, string english)
    : InvalidOperationException(Text.Pick(null, vietnamese, english))
{
    public string Vietnamese { get; } = vietnamese;

    public string English { get; } = english;
}
