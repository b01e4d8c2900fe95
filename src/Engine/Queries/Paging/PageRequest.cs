namespace Workflow.Engine.Queries.Paging;

/// <summary>Which page of a list to return: 1-based page number and a bounded page size.</summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultSize)
{
    public const int DefaultSize = 25;

    public const int MaxSize = 200;

    /// <summary>Pages start at 1 and never hold more than <see cref="MaxSize"/> rows, whatever a caller asks for.</summary>
    public PageRequest Normalised() => new(Math.Max(1, Page), Math.Clamp(PageSize, 1, MaxSize));

    public int Skip => (Math.Max(1, Page) - 1) * Math.Clamp(PageSize, 1, MaxSize);
}
