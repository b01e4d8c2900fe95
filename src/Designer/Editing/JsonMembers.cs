using Newtonsoft.Json.Linq;

namespace Workflow.Designer.Editing;

/// <summary>Sets and removes members of a JSON object without disturbing the order of the others.</summary>
public static class JsonMembers
{
    /// <summary>Replaces the member's value where it stands, or inserts it at its place in <paramref name="order"/>.</summary>
    public static void Set(JObject target, string name, JToken value, IReadOnlyList<string> order)
    {
        if (target.Property(name) is { } existing)
        {
            existing.Value = value;
            return;
        }

        var property = new JProperty(name, value);
        var rank = Rank(order, name);
        var before = target.Properties().FirstOrDefault(p => Rank(order, p.Name) > rank);
        if (before is null)
        {
            target.Add(property);
        }
        else
        {
            before.AddBeforeSelf(property);
        }
    }

    /// <summary>Sets a text member, or removes it when the text is empty.</summary>
    public static void SetOptionalText(JObject target, string name, string? value, IReadOnlyList<string> order)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Remove(target, name);
        }
        else
        {
            Set(target, name, value.Trim(), order);
        }
    }

    public static bool Remove(JObject target, string name) => target.Remove(name);

    private static int Rank(IReadOnlyList<string> order, string name)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == name)
            {
                return i;
            }
        }

        return order.Count;
    }
}
