namespace Workflow.Designer.Editing;

/// <summary>One option of a list the analyst chooses from: the id written in the file and the name shown.</summary>
public sealed record Choice(string Id, string Name)
{
    public string Display => Name == Id || string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
}
