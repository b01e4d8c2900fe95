using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Workflow.Bench;

/// <summary>
/// A poor man's allocation profiler (no dotnet-trace offline): the runtime reports a sampled
/// "allocation tick" about every 100 KB allocated, with the type that crossed the line. Counting
/// them by type shows where the allocations of a run come from. Enabled with WORKFLOW_BENCH_ALLOCS=1.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is "GCAllocationTick_V4" or "GCAllocationTick_V3" or "GCAllocationTick_V2" && e.Payload is { } payload)
        {
            var type = payload[e.PayloadNames!.IndexOf("TypeName")]?.ToString() ?? "?";
            var amount = Convert.ToInt64(payload[e.PayloadNames!.IndexOf("AllocationAmount")]);
            _bytes.AddOrUpdate(type, amount, (_, n) => n + amount);
        }
    }

    public string Report(int top = 30)
    {
        var total = _bytes.Values.Sum();
        return string.Join('\n', _bytes.OrderByDescending(p => p.Value).Take(top).Select(p => $"{p.Value * 100.0 / total,6:0.0}%  {p.Key}"));
    }
}
