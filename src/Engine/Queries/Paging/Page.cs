namespace Workflow.Engine.Queries.Paging;

/// <summary>One page of a longer list, with the total so a client can show "1-25 of 130".</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
