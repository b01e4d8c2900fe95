using System.Text.Json.Serialization;

namespace Workflow.Bench;

/// <summary>A figure measured over several runs: the median, with the smallest and largest run.</summary>
public sealed record Figure(double Median, double Min, double Max, [property: JsonIgnore] IReadOnlyList<double> Runs)
{
    public static Figure Of(IEnumerable<double> runs)
    {
        var sorted = runs.Order().ToList();
        if (sorted.Count == 0)
        {
            return new Figure(double.NaN, double.NaN, double.NaN, sorted);
        }

        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        return new Figure(Math.Round(median, 3), Math.Round(sorted[0], 3), Math.Round(sorted[^1], 3), sorted);
    }

    public override string ToString() => $"{Median:0.###} (min {Min:0.###}, max {Max:0.###})";
}

public static class Percentiles
{
    /// <summary>The nearest-rank percentile of <paramref name="values"/> (sorted in place).</summary>
    public static double Of(List<double> values, double percentile)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        values.Sort();
        var rank = (int)Math.Ceiling(percentile / 100.0 * values.Count);
        return values[Math.Clamp(rank - 1, 0, values.Count - 1)];
    }
}

/// <summary>Resident memory of this process, as the kernel counts it.</summary>
public static class ProcessMemory
{
    public static double ResidentMegabytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
                return Math.Round(kb / 1024.0, 1);
            }
        }

        return Math.Round(Environment.WorkingSet / 1048576.0, 1);
    }
}
