using Workflow.Engine.Deadlines;
using Workflow.Engine.Runtime;

namespace Workflow.Server.Hosting;

/// <summary>Engine settings an administrator may change in configuration (<c>Engine:*</c>); the rest keep the engine's defaults.</summary>
public static class EngineSettings
{
    public static EngineOptions Read(IConfiguration configuration)
    {
        var defaults = new EngineOptions();
        var section = configuration.GetSection("Engine");
        return defaults with
        {
            DossierCodePattern = section["DossierCodePattern"] ?? defaults.DossierCodePattern,
            Convention = Enum.TryParse<DeadlineConvention>(section["Convention"], ignoreCase: true, out var convention) ? convention : defaults.Convention,
            TimerMaxSleep = section.GetValue("TimerMaxSleepSeconds", defaults.TimerMaxSleep.TotalSeconds) is var seconds && seconds > 0 ? TimeSpan.FromSeconds(seconds) : defaults.TimerMaxSleep,
            TimerLease = section.GetValue("TimerLeaseSeconds", defaults.TimerLease.TotalSeconds) is var lease && lease > 0 ? TimeSpan.FromSeconds(lease) : defaults.TimerLease,
            TimerBatchSize = section.GetValue("TimerBatchSize", defaults.TimerBatchSize) is var batch && batch > 0 ? batch : defaults.TimerBatchSize,
        };
    }
}
