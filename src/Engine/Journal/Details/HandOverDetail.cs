namespace Workflow.Engine.Journal.Details;

/// <summary>The officer a task was given to, and who held it before. Shared by assignment and delegation.</summary>
public abstract record HandOverDetail(string To, string ToName, string? Previous) : SharedShapeDetail;
