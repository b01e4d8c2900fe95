namespace Workflow.Engine.Reporting.Portal;

internal static class JournalGrouping
{
    /// <summary>Runs of consecutive items with the same key (the entries one command wrote share its instant).</summary>
    public static IEnumerable<List<T>> GroupAdjacentBy<T, TKey>(this IEnumerable<T> items, Func<T, TKey> key)
    {
        List<T>? run = null;
        var comparer = EqualityComparer<TKey>.Default;
        foreach (var item in items)
        {
            if (run is not null && !comparer.Equals(key(run[0]), key(item)))
            {
                yield return run;
                run = null;
            }

            (run ??= []).Add(item);
        }

        if (run is not null)
        {
            yield return run;
        }
    }
}
