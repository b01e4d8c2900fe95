using System.Diagnostics.Metrics;

namespace Workflow.Engine.Runtime;

/// <summary>
/// The engine's counters, under the meter <c>Workflow.Engine</c>; the server exports them with
/// OpenTelemetry. Counted after the command's transaction commits, so a rolled-back command counts nothing.
/// </summary>
public static class EngineMetrics
{
    public const string MeterName = "Workflow.Engine";

    private static readonly Meter Meter = new(MeterName, "1.0");

    public static readonly Counter<long> DossiersReceived = Meter.CreateCounter<long>("workflow.dossiers.received", description: "Dossiers received, by channel.");

    public static readonly Counter<long> TasksCompleted = Meter.CreateCounter<long>("workflow.tasks.completed", description: "Tasks completed.");

    public static readonly Counter<long> TimersFired = Meter.CreateCounter<long>("workflow.timers.fired", description: "Timers fired, by kind.");

    public static readonly Counter<long> LateSteps = Meter.CreateCounter<long>("workflow.steps.late", description: "Steps that passed their due instant.");

    public static readonly Histogram<double> CommandDuration = Meter.CreateHistogram<double>("workflow.command.duration", "ms", "Time to run and commit one command.");
}
