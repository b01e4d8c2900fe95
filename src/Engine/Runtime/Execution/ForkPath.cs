using System.Globalization;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// Reads a work item's fork path, <c>/forkStep#instance:branch/...</c> (outermost first): which
/// executions of which parallel steps the item is inside, and on which branch of each.
/// </summary>
internal static class ForkPath
{
    public sealed record Segment(string Raw, string ForkStep, string Instance, int Branch);

    public static List<Segment> Segments(string forkPath) =>
        forkPath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(raw =>
            {
                var hash = raw.IndexOf('#');
                var colon = raw.LastIndexOf(':');
                return new Segment(raw, raw[..hash], raw[(hash + 1)..colon], int.Parse(raw[(colon + 1)..], CultureInfo.InvariantCulture));
            })
            .ToList();
}
