using System.Globalization;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Organisation;

/// <summary>
/// Reads the fields of one JSON object: reports fields the format does not know as soon as it
/// is made, then reports each required field that is missing and each value of the wrong type
/// as it is asked for.
/// </summary>
internal sealed class JsonFields
{
    private readonly JObject _object;
    private readonly OrganisationEntity _entity;
    private readonly ProblemList _problems;
    private readonly CultureInfo? _culture;

    public JsonFields(JObject obj, OrganisationEntity entity, IReadOnlyList<string> allowed, ProblemList problems, CultureInfo? culture)
    {
        _object = obj;
        _entity = entity;
        _problems = problems;
        _culture = culture;
        foreach (var property in obj.Properties())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                problems.Error(OrganisationProblemCodes.UnknownField, property, OrganisationMessages.UnknownField(entity, property.Name, allowed, culture));
            }
        }
    }

    /// <summary>The token of a string field, or null when it is absent or not a string (both reported as asked).</summary>
    public JValue? StringToken(string name, bool required)
    {
        var token = Present(name, required);
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.String)
        {
            _problems.Error(OrganisationProblemCodes.WrongType, token, OrganisationMessages.WrongFieldType(name, OrganisationMessages.ExpectedString(_culture), token.Type, _culture));
            return null;
        }

        return (JValue)token;
    }

    /// <summary>A text field that must not be blank.</summary>
    public string? Text(string name, bool required)
    {
        var token = StringToken(name, required);
        if (token is null)
        {
            return null;
        }

        var text = (string)token.Value!;
        if (string.IsNullOrWhiteSpace(text))
        {
            _problems.Error(OrganisationProblemCodes.EmptyText, token, OrganisationMessages.EmptyText(name, _culture));
            return null;
        }

        return text;
    }

    /// <summary>An id being declared here: it must be lower-case kebab case.</summary>
    public IdReference? DeclaredId(string name)
    {
        var token = StringToken(name, required: true);
        if (token is null)
        {
            return null;
        }

        var id = (string)token.Value!;
        if (!OrganisationSyntax.IsId(id))
        {
            _problems.Error(OrganisationProblemCodes.InvalidId, token, OrganisationMessages.InvalidId(id, _culture));
            return null;
        }

        return new IdReference(id, token);
    }

    /// <summary>An id that refers to something declared elsewhere; whether it exists is checked later.</summary>
    public IdReference? Reference(string name, bool required)
    {
        var token = StringToken(name, required);
        return token is null ? null : new IdReference((string)token.Value!, token);
    }

    public JArray? Array(string name, bool required)
    {
        var token = Present(name, required);
        if (token is null)
        {
            return null;
        }

        if (token is not JArray array)
        {
            _problems.Error(OrganisationProblemCodes.WrongType, token, OrganisationMessages.WrongFieldType(name, OrganisationMessages.ExpectedArray(_culture), token.Type, _culture));
            return null;
        }

        return array;
    }

    /// <summary>A list of ids: each item must be a string and appear once.</summary>
    public IReadOnlyList<IdReference> References(string name, bool required)
    {
        var array = Array(name, required);
        if (array is null)
        {
            return [];
        }

        var references = new List<IdReference>();
        foreach (var item in array)
        {
            if (item.Type != JTokenType.String)
            {
                _problems.Error(OrganisationProblemCodes.WrongType, item, OrganisationMessages.WrongItemType(name, OrganisationMessages.ExpectedString(_culture), item.Type, _culture));
                continue;
            }

            var id = (string)((JValue)item).Value!;
            if (references.Any(r => r.Id == id))
            {
                _problems.Error(OrganisationProblemCodes.DuplicateEntry, item, OrganisationMessages.DuplicateEntry(name, id, _culture));
                continue;
            }

            references.Add(new IdReference(id, item));
        }

        return references;
    }

    private JToken? Present(string name, bool required)
    {
        var token = _object.Property(name, StringComparison.Ordinal)?.Value;
        if (token is null && required)
        {
            _problems.Error(OrganisationProblemCodes.MissingField, _object, OrganisationMessages.MissingField(_entity, name, _culture));
        }

        return token;
    }
}
