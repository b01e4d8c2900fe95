namespace Workflow.Server.Security;

/// <summary>
/// How failed sign-ins slow further tries (<c>SignIn:Throttle</c>): per client address and user name,
/// the first <see cref="FreeFailures"/> cost nothing, then each failure doubles the wait before the
/// next try, from <see cref="FirstDelaySeconds"/> up to <see cref="MaxDelayMinutes"/>. Counts are
/// forgotten after <see cref="ForgetAfterHours"/> without a failure.
/// </summary>
public sealed class SignInThrottleSettings
{
    public const string Section = "SignIn:Throttle";

    public int FreeFailures { get; set; } = 5;

    public double FirstDelaySeconds { get; set; } = 2;

    public double MaxDelayMinutes { get; set; } = 15;

    /// <summary>
    /// Failures of one user name from all addresses together past which every address that has
    /// failed on it loses its free tries. Why not more: anything that slowed or refused an address
    /// with no failure of its own would let anyone lock an officer out from afar by failing on
    /// purpose. Losing the free tries costs an officer who mistypes during such an attack a few
    /// seconds, and costs an attacker spread over many addresses most of their guesses.
    /// </summary>
    public int AccountCeiling { get; set; } = 100;

    public double ForgetAfterHours { get; set; } = 24;

    public TimeSpan ForgetAfter => TimeSpan.FromHours(ForgetAfterHours);

    /// <summary>How long after its latest failure an address must wait before trying the name again.</summary>
    public TimeSpan DelayAfter(int failures, bool accountUnderAttack)
    {
        var free = accountUnderAttack ? 1 : Math.Max(1, FreeFailures);
        if (failures < free)
        {
            return TimeSpan.Zero;
        }

        var delay = TimeSpan.FromSeconds(FirstDelaySeconds * Math.Pow(2, Math.Min(failures - free, 30)));
        return delay < TimeSpan.FromMinutes(MaxDelayMinutes) ? delay : TimeSpan.FromMinutes(MaxDelayMinutes);
    }
}
