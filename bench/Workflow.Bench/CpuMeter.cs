using System.Globalization;

namespace Workflow.Bench;

/// <summary>
/// How the machine's CPU was shared during a run, from /proc: this process, the PostgreSQL server's
/// processes, and everything else (other programs on the machine disturb a benchmark, so we say how much).
/// Percentages are of one core: 200 means both cores of a 2-core machine were busy.
/// </summary>
public sealed class CpuMeter
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly (double Busy, double Own, double Db) _start;
    private readonly DateTime _startedAt = DateTime.UtcNow;

    private CpuMeter() => _start = Read();

    public static CpuMeter Start() => new();

    public CpuShare Stop()
    {
        var end = Read();
        var seconds = (DateTime.UtcNow - _startedAt).TotalSeconds;
        double Percent(double ticks) => Math.Round(ticks / TicksPerSecond / seconds * 100, 1);
        var busy = Percent(end.Busy - _start.Busy);
        var own = Percent(end.Own - _start.Own);
        var db = Math.Max(0, Percent(end.Db - _start.Db));
        return new CpuShare(busy, own, db, Math.Round(Math.Max(0, busy - own - db), 1));
    }

    private static (double Busy, double Own, double Db) Read()
    {
        try
        {
            var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(double.Parse).ToArray();
            var busy = cpu.Sum() - cpu[3] - cpu[4]; // less idle and iowait
            var own = ProcessTicks("/proc/self/stat");
            double db = 0;
            var postmaster = Postmaster();
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                var name = Path.GetFileName(dir);
                if (postmaster is not null && name.All(char.IsDigit))
                {
                    try
                    {
                        // Our server: the postmaster and its children (other clusters on the machine are "other programs").
                        var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                        var parent = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1];
                        if (name == postmaster || parent == postmaster)
                        {
                            db += ProcessTicks(Path.Combine(dir, "stat"));
                        }
                    }
                    catch (IOException)
                    {
                        // The process ended while we looked.
                    }
                }
            }

            return (busy, own, db);
        }
        catch (Exception)
        {
            return (0, 0, 0);
        }
    }

    /// <summary>The PID of the PostgreSQL server bench/run.sh started (its data folder in WORKFLOW_BENCH_PGDATA).</summary>
    private static string? Postmaster()
    {
        var data = Environment.GetEnvironmentVariable("WORKFLOW_BENCH_PGDATA");
        var pidFile = data is null ? null : Path.Combine(data, "postmaster.pid");
        return pidFile is not null && File.Exists(pidFile) ? File.ReadLines(pidFile).First().Trim() : null;
    }

    private static double ProcessTicks(string statFile)
    {
        var text = File.ReadAllText(statFile);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        // Fields after the name start at field 3 (state); utime and stime are fields 14 and 15.
        return double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}

/// <summary>CPU use during a run, in percent of one core.</summary>
public sealed record CpuShare(double MachineBusy, double Bench, double Database, double Other)
{
    public override string ToString() => $"cpu: bench {Bench}%, database {Database}%, other programs {Other}% (machine {MachineBusy}% of {Environment.ProcessorCount * 100}%)";
}
