using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Workflow.Engine.Definitions.Versioning;

/// <summary>
/// The hash that pins a published version. It is taken over a canonical form of the JSON
/// (members sorted, no whitespace, no <c>$schema</c>), so re-indenting a file or converting
/// its line endings is not a change, while any change of meaning is.
/// </summary>
public static class ContentHash
{
    public static string CanonicalJson(JToken token)
    {
        var builder = new StringBuilder();
        using (var writer = new JsonTextWriter(new StringWriter(builder)) { Formatting = Formatting.None })
        {
            Write(token, writer, isRoot: true);
        }

        return builder.ToString();
    }

    public static string Of(JToken token) => OfCanonical(CanonicalJson(token));

    public static string OfCanonical(string canonicalJson) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalJson)));

    private static void Write(JToken token, JsonWriter writer, bool isRoot)
    {
        switch (token)
        {
            case JObject obj:
                writer.WriteStartObject();
                foreach (var property in obj.Properties()
                             .Where(p => !(isRoot && p.Name == "$schema"))
                             .OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(property.Value, writer, isRoot: false);
                }

                writer.WriteEndObject();
                break;
            case JArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(item, writer, isRoot: false);
                }

                writer.WriteEndArray();
                break;
            default:
                token.WriteTo(writer);
                break;
        }
    }
}
