using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Organisation;

/// <summary>
/// Reads <c>procedures/organisation/organisation.json</c> and reports every problem at once,
/// each with file, line, column, JSON path and a sentence in Vietnamese (default) or English.
/// </summary>
public static class OrganisationLoader
{
    /// <summary>Where the organisation lives, relative to the repository root.</summary>
    public const string RelativePath = "procedures/organisation/organisation.json";

    /// <summary>Loads a file from disk; <paramref name="path"/> is also the file name shown in problems.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static OrganisationLoadResult LoadFile(string path, CultureInfo? culture = null) =>
        Load(File.ReadAllText(path, Encoding.UTF8), path, culture);

    /// <summary>Loads organisation JSON text; <paramref name="file"/> is the name shown in problems.</summary>
    public static OrganisationLoadResult Load(string json, string file, CultureInfo? culture = null)
    {
        var problems = new ProblemList(file);
        if (Parse(json, problems, culture) is not { } root)
        {
            return new OrganisationLoadResult(null, OrganisationLoadResult.InFileOrder(problems.Items));
        }

        var draft = new OrganisationReader(problems, culture).Read(root);
        new OrganisationChecks(problems, culture).Run(draft);
        var model = problems.HasErrors ? null : Build(draft);
        return new OrganisationLoadResult(model, OrganisationLoadResult.InFileOrder(problems.Items));
    }

    private static JToken? Parse(string json, ProblemList problems, CultureInfo? culture)
    {
        var settings = new JsonLoadSettings
        {
            LineInfoHandling = LineInfoHandling.Load,
            CommentHandling = CommentHandling.Ignore,
            // A repeated field would silently replace the first; refuse it instead.
            DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        };
        try
        {
            // Dates stay strings: the loader parses yyyy-MM-dd itself and must see what was written.
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            var root = JToken.ReadFrom(reader, settings);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    throw JsonReaderExceptionAt(reader, "Additional text found after the end of the JSON content.");
                }
            }

            return root;
        }
        catch (JsonReaderException exception)
        {
            problems.Add(new Problem(
                ProblemSeverity.Error,
                OrganisationProblemCodes.MalformedJson,
                problems.File,
                exception.LineNumber,
                // Json.NET counts the characters of the line it consumed; the offending one is the next.
                exception.LinePosition + 1,
                string.IsNullOrEmpty(exception.Path) ? "$" : exception.Path.StartsWith('[') ? "$" + exception.Path : "$." + exception.Path,
                OrganisationMessages.MalformedJson(ReasonOf(exception), culture)));
            return null;
        }
    }

    private static JsonReaderException JsonReaderExceptionAt(JsonTextReader reader, string message) =>
        new(message, reader.Path, reader.LineNumber, reader.LinePosition, null);

    /// <summary>Json.NET's message without the position it appends (the problem carries the position).</summary>
    private static string ReasonOf(JsonReaderException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ', ',');
    }

    private static OrganisationModel Build(OrganisationDraft draft)
    {
        var roles = draft.Roles.Select(r => new Role(r.Id!.Value.Id, r.Name!, r.NameEn!));
        var kinds = draft.Kinds.Select(k => new UnitKind(k.Id!.Value.Id, k.Name!, k.NameEn!, k.Level!.Value, [.. k.Roles.Select(r => r.Id)]));
        var units = draft.Units.Select(u => new UnitRecord(
            u.Id!.Value.Id,
            u.Code!.Value.Id,
            u.Name!,
            u.NameEn,
            u.Kind!.Value.Id,
            u.Parent?.Id,
            u.Period!.Value,
            [.. u.Serves.Select(s => s.Id)],
            [.. u.Successors.Select(s => s.Id)]));
        return new OrganisationModel(roles, kinds, units);
    }
}
