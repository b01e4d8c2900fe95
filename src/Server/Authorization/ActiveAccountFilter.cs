using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Persistence;
using Workflow.Server.Authentication;
using Workflow.Server.Localization;
using Workflow.Server.Problems;

namespace Workflow.Server.Authorization;

/// <summary>
/// A bearer token stays valid until it expires, so every authenticated call checks that the
/// officer behind it is still active: disabling an account takes effect at once.
/// </summary>
public sealed class ActiveAccountFilter(WorkflowDbContextFactory database) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var officerId = user.OfficerId();
            await using var db = database.Create();
            var active = await db.Officers.AsNoTracking().Where(o => o.Id == officerId).Select(o => (bool?)o.Active).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
            if (active != true)
            {
                throw ApiProblemException.Forbidden("account-disabled", Language.Pick(
                    "Tài khoản này đã bị vô hiệu hóa hoặc không còn là cán bộ; liên hệ quản trị viên.",
                    "This account is disabled or no longer an officer; contact the administrator."));
            }
        }

        return await next(context);
    }
}
