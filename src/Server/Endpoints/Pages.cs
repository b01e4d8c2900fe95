using Workflow.Engine.Queries.Paging;
using Workflow.Server.Contracts.Common;

namespace Workflow.Server.Endpoints;

public static class Pages
{
    public static PageOf<T> From<T>(Page<T> page) => new(page.Items, page.PageNumber, page.PageSize, page.Total, page.PageCount);
}
