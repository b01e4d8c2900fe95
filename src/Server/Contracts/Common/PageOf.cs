namespace Workflow.Server.Contracts.Common;

/// <summary>One page of a list: the rows, the page asked for and the total number of rows.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int PageCount);
