using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Definitions.Loading;

/// <summary>
/// Reads one definition file: JSON syntax, then the schema (unknown, missing and ill-typed
/// fields), then the model. Meaning (steps, roles, durations...) is checked by the validator.
/// A file whose only structural errors are unknown fields still yields its model, with the errors.
/// </summary>
public static class DefinitionFileReader
{
    public static DefinitionReadResult Read(string displayPath, string text, CultureInfo? culture = null)
    {
        var problems = new ProblemList(displayPath);
        JToken json;
        try
        {
            json = DefinitionJson.Parse(text);
        }
        catch (JsonReaderException ex)
        {
            problems.Add(new Problem(ProblemSeverity.Error, ProblemCodes.MalformedJson, displayPath, ex.LineNumber, Math.Max(1, ex.LinePosition), ex.Path is { Length: > 0 } p ? "$." + p : "$",
                Text.Pick(culture,
                    $"Tệp không phải JSON hợp lệ: {ex.Message.Split(" Path ")[0].TrimEnd('.')}. Sửa cú pháp tại vị trí này (thường là thiếu dấu phẩy, ngoặc hoặc dấu nháy).",
                    $"The file is not valid JSON: {ex.Message.Split(" Path ")[0].TrimEnd('.')}. Fix the syntax here (usually a missing comma, bracket or quote).")));
            return new DefinitionReadResult(null, null, problems.Items);
        }

        if (json is not JObject)
        {
            problems.Error(ProblemCodes.InvalidValue, json, Text.Pick(culture,
                "Tệp quy trình phải là một đối tượng JSON {...}.",
                "A procedure file must hold one JSON object {...}."));
            return new DefinitionReadResult(null, json, problems.Items);
        }

        SchemaProblemTranslator.Validate(ProcedureSchema.Schema, json, problems, culture);
        // An unknown field changes nothing in the model, so the file's meaning is still checked and
        // its other problems reported with it; any other structural error makes the model unreliable.
        if (problems.Items.Any(p => p.IsError && p.Code != ProblemCodes.UnknownField))
        {
            return new DefinitionReadResult(null, json, problems.Items);
        }

        var canonical = ContentHash.CanonicalJson(json);
        var definition = json.ToObject<ProcedureDefinition>(DefinitionJson.Serializer)! with
        {
            Source = new DefinitionSource(displayPath, ContentHash.OfCanonical(canonical), canonical),
        };
        return new DefinitionReadResult(definition, json, problems.Items);
    }
}
