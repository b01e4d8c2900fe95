using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Workflow.Engine.Diagnostics;

/// <summary>Collects problems while a file is read, locating each by the JSON token it concerns.</summary>
public sealed class ProblemList
{
    private readonly List<Problem> _items = new();

    public ProblemList(string file) => File = file;

    public string File { get; }

    public IReadOnlyList<Problem> Items => _items;

    public bool HasErrors => _items.Any(p => p.IsError);

    public void Error(string code, JToken? at, string message) => Add(ProblemSeverity.Error, code, at, message);

    public void Warning(string code, JToken? at, string message) => Add(ProblemSeverity.Warning, code, at, message);

    public void Add(ProblemSeverity severity, string code, JToken? at, string message)
    {
        var (line, column) = Position(at);
        _items.Add(new Problem(severity, code, File, line, column, at is null ? "" : PathOf(at), message));
    }

    public void Add(Problem problem) => _items.Add(problem);

    public void AddRange(IEnumerable<Problem> problems) => _items.AddRange(problems);

    /// <summary>Line and column (1-based) where the token starts, as Json.NET recorded them.</summary>
    public static (int Line, int Column) Position(JToken? token)
    {
        // A property's value carries the position just after it; the property itself is
        // where a person looks, so report the property when there is one.
        var target = token?.Parent is JProperty p ? p : token;
        if (target is IJsonLineInfo info && info.HasLineInfo())
        {
            // Json.NET reports the column after the token's first character was read.
            return (info.LineNumber, Math.Max(1, info.LinePosition - TokenLengthBeforePosition(target)));
        }

        return (0, 0);
    }

    /// <summary>The JSON path in the form editors show, e.g. <c>$.process.steps[2].outcomes[0].to</c>.</summary>
    public static string PathOf(JToken token)
    {
        var path = token.Path;
        if (string.IsNullOrEmpty(path))
        {
            return "$";
        }

        return path.StartsWith('[') ? "$" + path : "$." + path;
    }

    private static int TokenLengthBeforePosition(JToken token) => token switch
    {
        // Json.NET records the column of a value's last character, and for a property
        // the column of the colon after its name.
        JProperty property => property.Name.Length + 2,
        JObject or JArray => 0,
        JValue { Type: JTokenType.String } value => ((string?)value.Value ?? "").Length + 1,
        JValue value => value.ToString(Formatting.None).Length - 1,
        _ => 0,
    };
}
