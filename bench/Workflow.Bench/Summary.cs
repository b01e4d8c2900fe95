using System.Text.Json.Nodes;

namespace Workflow.Bench;

/// <summary>The run's last line: every provider's results in one JSON object.</summary>
public static class Summary
{
    public static string Build(IReadOnlyList<string> files)
    {
        var summary = new JsonObject { ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ") };
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
}
