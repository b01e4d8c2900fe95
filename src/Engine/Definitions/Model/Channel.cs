namespace Workflow.Engine.Definitions.Model;

/// <summary>How a dossier reaches the agency; numbered as the national portal numbers them.</summary>
public enum Channel
{
    Desk = 1,
    Online = 2,
    Post = 3,
}
