using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Bench;
using Workflow.Engine.Persistence;

// Workflow.Bench run     --provider sqlite|postgres [--quick] --work DIR --out FILE [--only s1,s2] [--generate N]
// Workflow.Bench memory  --provider sqlite|postgres [--quick] --work DIR --out FILE --database NAME
// Workflow.Bench queries --provider sqlite|postgres [--quick] --work DIR --out FILE --database NAME   (scenario 4's queries on an existing database)
// Workflow.Bench load --out FILE   (loading the calendars and the whole procedures workspace)
// Workflow.Bench summary quick|full FILE...   (prints the combined results as one JSON line)
var command = args.FirstOrDefault() ?? "help";
string Option(string name, string? fallback = null)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback ?? throw new ArgumentException($"{name} is required");
}

var quick = args.Contains("--quick");
using var allocations = Environment.GetEnvironmentVariable("WORKFLOW_BENCH_ALLOCS") == "1" ? new AllocationSampler() : null;
switch (command)
{
    case "run":
    case "memory":
    case "queries":
    {
        var provider = Option("--provider").ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" => DatabaseProvider.Postgres,
            var other => throw new ArgumentException($"unknown provider {other}"),
        };
        var work = Directory.CreateDirectory(Option("--work", Path.GetTempPath())).FullName;
        var settings = quick ? BenchSettings.Quick : BenchSettings.Full;
        if (Option("--concurrency", "") is { Length: > 0 } levels)
        {
            settings = settings with { Concurrency = levels.Split(',').Select(int.Parse).ToArray() };
        }

        if (Option("--dossiers", "") is { Length: > 0 } count)
        {
            settings = settings with { Dossiers = int.Parse(count) };
        }

        // A smaller generated database (scenario 4), a tenth of it open, as in the full run.
        if (Option("--generate", "") is { Length: > 0 } generated)
        {
            settings = settings with { GeneratedDossiers = int.Parse(generated), GeneratedOpen = int.Parse(generated) / 10 };
        }

        var only = Option("--only", "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var results = new JsonObject { ["provider"] = provider.ToString(), ["quick"] = quick };
        var suite = new Suite(provider, work, settings, results, only);
        if (command == "run")
        {
            await suite.RunAsync();
        }
        else if (command == "queries")
        {
            await suite.QueriesAsync(Option("--database"));
        }
        else
        {
            await suite.MemoryAsync(Option("--database"));
        }

        if (allocations is not null)
        {
            Console.Error.WriteLine(allocations.Report());
        }

        var json = results.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        await File.WriteAllTextAsync(Option("--out"), json);
        Console.WriteLine(json);
        return 0;
    }

    case "load":
    {
        var json = LoadingScenario.Run().ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        await File.WriteAllTextAsync(Option("--out"), json);
        Console.WriteLine(json);
        return 0;
    }

    case "summary":
        Console.WriteLine(Summary.Build(args[1], args.Skip(2).ToList()));
        return 0;

    default:
        Console.Error.WriteLine("usage: Workflow.Bench run|memory|queries --provider sqlite|postgres [--quick] --work DIR --out FILE | summary FILE...");
        return 2;
}
