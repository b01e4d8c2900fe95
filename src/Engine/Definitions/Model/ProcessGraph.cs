namespace Workflow.Engine.Definitions.Model;

/// <summary>
/// The process as a directed graph of step ids, with the analyses the validator, the designer
/// and the simulator share: reachability, whether an end can be reached, the longest path.
/// </summary>
public sealed class ProcessGraph
{
    private readonly Dictionary<string, StepDefinition> _steps;
    private readonly Dictionary<string, List<string>> _edges;

    public ProcessGraph(ProcessDefinition process)
    {
        Process = process;
        _steps = new Dictionary<string, StepDefinition>(StringComparer.Ordinal);
        foreach (var step in process.Steps)
        {
            _steps.TryAdd(step.Id, step);
        }

        _edges = _steps.Values.ToDictionary(
            s => s.Id,
            s => s.Targets().Where(_steps.ContainsKey).Distinct().ToList(),
            StringComparer.Ordinal);
    }

    public ProcessDefinition Process { get; }

    public StepDefinition? Step(string id) => _steps.GetValueOrDefault(id);

    public IReadOnlyList<string> Successors(string id) => _edges.TryGetValue(id, out var list) ? list : [];

    /// <summary>Steps that can be reached from <paramref name="from"/> (itself included).</summary>
    public HashSet<string> ReachableFrom(string from)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!_steps.ContainsKey(from))
        {
            return seen;
        }

        var stack = new Stack<string>();
        stack.Push(from);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!seen.Add(id))
            {
                continue;
            }

            foreach (var next in Successors(id))
            {
                stack.Push(next);
            }
        }

        return seen;
    }

    /// <summary>Steps from which some end step can be reached.</summary>
    public HashSet<string> StepsThatCanEnd()
    {
        var predecessors = _steps.Keys.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var (from, targets) in _edges)
        {
            foreach (var to in targets)
            {
                predecessors[to].Add(from);
            }
        }

        var result = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(_steps.Values.Where(s => s.Kind == StepKind.End).Select(s => s.Id));
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            if (!result.Add(id))
            {
                continue;
            }

            foreach (var previous in predecessors[id])
            {
                queue.Enqueue(previous);
            }
        }

        return result;
    }

    /// <summary>
    /// The path from the start to an end whose step durations add up to the most, ignoring
    /// edges that go back to a step already on the path (rework loops), as a list of step ids.
    /// </summary>
    public IReadOnlyList<string> LongestPath(Func<StepDefinition, decimal> weight)
    {
        var memo = new Dictionary<string, (decimal Total, string? Next)>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);

        (decimal Total, string? Next) Visit(string id)
        {
            if (memo.TryGetValue(id, out var known))
            {
                return known;
            }

            onPath.Add(id);
            var step = _steps[id];
            var best = (Total: step.Kind == StepKind.End ? 0m : decimal.MinValue, Next: (string?)null);
            foreach (var next in Successors(id).Where(n => !onPath.Contains(n)))
            {
                var (total, _) = Visit(next);
                if (total > best.Total)
                {
                    best = (total, next);
                }
            }

            onPath.Remove(id);
            var result = best.Total == decimal.MinValue ? (decimal.MinValue, null) : (best.Total + weight(step), best.Next);
            memo[id] = result;
            return result;
        }

        var path = new List<string>();
        if (!_steps.ContainsKey(Process.Start) || Visit(Process.Start).Total == decimal.MinValue)
        {
            return path;
        }

        for (string? id = Process.Start; id is not null; id = memo[id].Next)
        {
            path.Add(id);
        }

        return path;
    }
}
