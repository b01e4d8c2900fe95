using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Planning;

/// <summary>
/// Plans the latest a dossier can finish, over every route through the process at once: each
/// outcome, rule and branch is followed, except a link back to a step already passed (rework and
/// supplement loops, the same links the longest path leaves out); a join goes on when as many of its
/// fork's branches as it waits for have finished, as <see cref="ProcessSimulator"/> joins them.
/// One pass in topological order gives the latest route, since a step that starts later is never
/// due earlier. The structure is read once; <see cref="Plan"/> is then called for each receipt.
/// </summary>
internal sealed class LatestRoutePlanner
{
    private readonly StepDefinition[] _steps;
    private readonly int[] _order;
    private readonly int[][] _successors;
    private readonly Dictionary<int, JoinWait> _joins = [];
    private readonly int _start;

    public LatestRoutePlanner(ProcessDefinition process)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in process.Steps)
        {
            index.TryAdd(step.Id, index.Count);
        }

        _steps = process.Steps.DistinctBy(s => s.Id).ToArray();
        var targets = _steps.Select(s => s.Targets().Where(index.ContainsKey).Select(t => index[t]).Distinct().ToArray()).ToArray();
        _start = index.GetValueOrDefault(process.Start, -1);
        _successors = _steps.Select(_ => Array.Empty<int>()).ToArray();
        _order = _start < 0 ? [] : TopologicalOrder(targets);
        foreach (var fork in _order)
        {
            if (_steps[fork] is { Kind: StepKind.Parallel, Join: { } joinId } && index.TryGetValue(joinId, out var join)
                && _steps[join].Kind == StepKind.Join && !_joins.ContainsKey(join))
            {
                _joins[join] = JoinWait.Of(this, fork, join, index);
            }
        }
    }

    public bool HasStart => _order.Length > 0;

    /// <summary>
    /// The working time counted from the receipt before a step whose due instant depends on the date
    /// it starts (see <see cref="ProcessClock.CountsInWorkingTime"/>), on every route: where that step
    /// starts, just before or just after a day's close or a cut-off, decides a whole day.
    /// <paramref name="workingTime"/> gives a step's working time, or null for such a step.
    /// </summary>
    public IReadOnlySet<TimeSpan> WorkingTimesBeforeDayCountedSteps(Func<StepDefinition, TimeSpan?> workingTime, int limit)
    {
        var found = new HashSet<TimeSpan>();
        var seen = new HashSet<(int, TimeSpan)>();
        var stack = new Stack<(int Step, TimeSpan Before)>();
        if (HasStart)
        {
            stack.Push((_start, TimeSpan.Zero));
        }

        while (stack.Count > 0 && found.Count < limit && seen.Count < limit * 64)
        {
            var (step, before) = stack.Pop();
            if (!seen.Add((step, before)))
            {
                continue;
            }

            if (workingTime(_steps[step]) is not { } time)
            {
                found.Add(before);
                continue;
            }

            foreach (var next in _successors[step])
            {
                stack.Push((next, before + time));
            }
        }

        return found;
    }

    /// <summary>The latest finish of any step for a dossier received at <paramref name="received"/>, and the route to it.</summary>
    public (DateTimeOffset Finish, IReadOnlyList<string> Route) Plan(DateTimeOffset received, Func<StepDefinition, DateTimeOffset, DateTimeOffset> due)
    {
        var (_, finish, from, latest) = Walk(received, due);
        var route = new List<string>();
        for (var i = latest; i >= 0 && route.Count <= _steps.Length; i = from[i])
        {
            route.Add(_steps[i].Id);
        }

        route.Reverse();
        return (finish[latest]!.Value, route);
    }

    /// <summary>The latest start and finish of every step some route reaches, for a dossier received at <paramref name="received"/>.</summary>
    public IReadOnlyDictionary<string, (DateTimeOffset Start, DateTimeOffset Finish)> PlanEachStep(DateTimeOffset received, Func<StepDefinition, DateTimeOffset, DateTimeOffset> due)
    {
        var (arrival, finish, _, _) = Walk(received, due);
        var steps = new Dictionary<string, (DateTimeOffset, DateTimeOffset)>(StringComparer.Ordinal);
        for (var i = 0; i < _steps.Length; i++)
        {
            if (arrival[i] is { } start && finish[i] is { } done)
            {
                steps[_steps[i].Id] = (start, done);
            }
        }

        return steps;
    }

    private (DateTimeOffset?[] Arrival, DateTimeOffset?[] Finish, int[] From, int Latest) Walk(DateTimeOffset received, Func<StepDefinition, DateTimeOffset, DateTimeOffset> due)
    {
        var arrival = new DateTimeOffset?[_steps.Length];
        var finish = new DateTimeOffset?[_steps.Length];
        var from = new int[_steps.Length];
        Array.Fill(from, -1);
        var branchFinish = _joins.ToDictionary(j => j.Key, j => new (DateTimeOffset At, int From)?[j.Value.Branches]);
        arrival[_start] = received;
        var latest = _start;
        foreach (var i in _order)
        {
            if (i != _start && _joins.TryGetValue(i, out var wait))
            {
                (arrival[i], from[i]) = wait.Arrival(branchFinish[i]);
            }

            if (arrival[i] is not { } at)
            {
                continue;
            }

            var done = due(_steps[i], at);
            finish[i] = done;
            if (done >= finish[latest]!.Value)
            {
                latest = i;
            }

            foreach (var next in _successors[i])
            {
                if (_joins.TryGetValue(next, out var nextWait))
                {
                    nextWait.Record(branchFinish[next], i, done);
                }
                // Of routes arriving together, the one through more steps (its last step comes later in the order) is named.
                else if (arrival[next] is not { } known || done >= known)
                {
                    arrival[next] = done;
                    from[next] = i;
                }
            }
        }

        return (arrival, finish, from, latest);
    }

    // Depth-first from the start in file order; a link to a step still on the way is a link back.
    private int[] TopologicalOrder(int[][] targets)
    {
        var state = new byte[_steps.Length];
        var postOrder = new List<int>();
        var stack = new Stack<(int Step, int Next)>();
        stack.Push((_start, 0));
        state[_start] = 1;
        var forward = _steps.Select(_ => new List<int>()).ToArray();
        while (stack.Count > 0)
        {
            var (step, next) = stack.Pop();
            if (next < targets[step].Length)
            {
                stack.Push((step, next + 1));
                var target = targets[step][next];
                if (state[target] == 1)
                {
                    continue;
                }

                forward[step].Add(target);
                if (state[target] == 0)
                {
                    state[target] = 1;
                    stack.Push((target, 0));
                }

                continue;
            }

            state[step] = 2;
            postOrder.Add(step);
        }

        for (var i = 0; i < _steps.Length; i++)
        {
            _successors[i] = [.. forward[i]];
        }

        postOrder.Reverse();
        return [.. postOrder];
    }

    /// <summary>A join and the branches of its fork: which of the join's predecessors lies on which branch, and how many branches it waits for.</summary>
    private sealed record JoinWait(int Branches, int Needed, Dictionary<int, int[]> BranchesOfPredecessor)
    {
        public static JoinWait Of(LatestRoutePlanner planner, int fork, int join, Dictionary<string, int> index)
        {
            var forkStep = planner._steps[fork];
            var joinStep = planner._steps[join];
            var branches = forkStep.Branches.Where(index.ContainsKey).Select(b => index[b]).ToArray();
            var owners = new Dictionary<int, List<int>>();
            for (var b = 0; b < branches.Length; b++)
            {
                foreach (var step in planner.ReachableBefore(branches[b], join).Where(s => planner._successors[s].Contains(join)))
                {
                    (owners.TryGetValue(step, out var list) ? list : owners[step] = []).Add(b);
                }
            }

            var needed = joinStep.Mode switch
            {
                JoinMode.All => branches.Length,
                JoinMode.Any => 1,
                _ => Math.Clamp(joinStep.Count ?? branches.Length, 1, Math.Max(1, branches.Length)),
            };
            return new JoinWait(branches.Length, needed, owners.ToDictionary(o => o.Key, o => o.Value.ToArray()));
        }

        public void Record((DateTimeOffset At, int From)?[] finishes, int predecessor, DateTimeOffset at)
        {
            foreach (var branch in BranchesOfPredecessor.GetValueOrDefault(predecessor) ?? [])
            {
                if (finishes[branch] is not { } known || at > known.At)
                {
                    finishes[branch] = (at, predecessor);
                }
            }
        }

        /// <summary>When the join goes on: the <see cref="Needed"/>-th branch to finish (or the last that does); of branches finishing then, the first in the file is on the route.</summary>
        public (DateTimeOffset?, int) Arrival((DateTimeOffset At, int From)?[] finishes)
        {
            var done = finishes.OfType<(DateTimeOffset At, int From)>().ToList();
            if (done.Count == 0)
            {
                return (null, -1);
            }

            var at = done.Select(f => f.At).Order().ElementAt(Math.Min(Needed, done.Count) - 1);
            return (at, done.First(f => f.At == at).From);
        }
    }

    // The steps reached from a branch's first step without passing its join.
    private HashSet<int> ReachableBefore(int branch, int join)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(branch);
        while (stack.Count > 0)
        {
            var step = stack.Pop();
            if (step == join || !seen.Add(step))
            {
                continue;
            }

            foreach (var next in _successors[step])
            {
                stack.Push(next);
            }
        }

        return seen;
    }
}
