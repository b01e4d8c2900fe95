namespace Workflow.Server.Security;

/// <summary>
/// Marks an endpoint that validates the antiforgery token itself, to answer in its own way (the
/// print endpoint shows a page in the new tab); <see cref="CookieForgeryGuard"/> leaves it alone.
/// </summary>
public sealed class ChecksAntiforgeryItself
{
    public static readonly ChecksAntiforgeryItself Instance = new();

    private ChecksAntiforgeryItself()
    {
    }
}
