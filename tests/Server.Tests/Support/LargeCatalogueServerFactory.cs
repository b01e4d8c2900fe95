using System.Globalization;
using System.Text.Json.Nodes;

namespace Workflow.Server.Tests.Support;

/// <summary>
/// A server whose catalogue holds what a province runs: 1,500 generated procedures beside the shipped
/// ones, each a copy of the certified copy with its own id, code, name, field and level.
/// </summary>
public sealed class LargeCatalogueServerFactory : ServerFactory
{
    public const int Generated = 1500;

    /// <summary>The fields the generated procedures take in turn; every fifth is "Hộ tịch".</summary>
    public static readonly string[] Fields = ["Hộ tịch", "Đất đai", "Giao thông vận tải", "Y tế", "Giáo dục và Đào tạo"];

    public static readonly string[] Levels = ["province", "commune", "commune"];

    public LargeCatalogueServerFactory()
    {
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(Procedures, "certified-copy", "v1.json")))!.AsObject();
        for (var i = 1; i <= Generated; i++)
        {
            var definition = template.DeepClone().AsObject();
            var id = $"generated-{i:0000}";
            definition["id"] = id;
            definition["code"] = $"9.{i:000000}";
            definition["name"] = $"Thủ tục thử số {i.ToString(CultureInfo.InvariantCulture)} về {Fields[i % Fields.Length].ToLowerInvariant()}";
            definition["nameEn"] = $"Test procedure {i.ToString(CultureInfo.InvariantCulture)}";
            definition["field"] = Fields[i % Fields.Length];
            definition["level"] = Levels[i % Levels.Length];
            var folder = Directory.CreateDirectory(Path.Combine(Procedures, id)).FullName;
            File.WriteAllText(Path.Combine(folder, "v1.json"), definition.ToJsonString());
        }
    }
}
