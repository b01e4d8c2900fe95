using System.Text.Json.Nodes;

namespace Workflow.Bench;

/// <summary>The run's last line: every provider's results in one JSON object.</summary>
public static class Summary
{
    public static string Build(string mode, IReadOnlyList<string> files)
    {
        var summary = new JsonObject
        {
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["mode"] = mode,
            ["machine"] = Machine(),
        };
        foreach (var file in files.Where(File.Exists))
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            var provider = node["provider"]!.GetValue<string>().ToLowerInvariant();
            var section = summary[provider] as JsonObject ?? new JsonObject();
            foreach (var (key, value) in node)
            {
                if (key != "provider")
                {
                    section[key] = value?.DeepClone();
                }
            }

            summary[provider] = section;
        }

        return summary.ToJsonString();
    }

    /// <summary>nproc, memory and CPU model, as /proc tells them.</summary>
    public static JsonObject Machine()
    {
        var model = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() : null;
        var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] : null;
        return new JsonObject
        {
            ["nproc"] = Environment.ProcessorCount,
            ["memoryGiB"] = memory is null ? null : Math.Round(long.Parse(memory) / 1048576.0, 1),
            ["cpu"] = model,
            ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            ["dotnet"] = Environment.Version.ToString(),
            ["loadAverage"] = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
        };
    }
}
