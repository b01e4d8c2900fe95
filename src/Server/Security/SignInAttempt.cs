namespace Workflow.Server.Security;

/// <summary>
/// One try at a password as the throttle sees it: refused with the <see cref="Wait"/> still owed,
/// or begun (and counted as a failure until it succeeds).
/// </summary>
public sealed record SignInAttempt(string PairKey, string AccountKey, int AccountFailures, TimeSpan Wait)
{
    public bool Throttled => Wait > TimeSpan.Zero;
}
