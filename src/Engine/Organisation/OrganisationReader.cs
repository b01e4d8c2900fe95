using System.Globalization;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Organisation;

/// <summary>
/// Turns the parsed JSON into drafts, reporting every problem of shape (unknown, missing or
/// mistyped fields, malformed ids, dates, codes and levels) and carrying on, so one pass
/// shows the author all of them.
/// </summary>
internal sealed class OrganisationReader(ProblemList problems, CultureInfo? culture)
{
    private static readonly string[] RootFields = ["$schema", "description", "roles", "kinds", "units"];
    private static readonly string[] RoleFields = ["id", "name", "nameEn"];
    private static readonly string[] KindFields = ["id", "name", "nameEn", "level", "roles"];
    private static readonly string[] UnitFields = ["id", "code", "name", "nameEn", "kind", "parent", "validFrom", "validTo", "serves", "successors"];

    public OrganisationDraft Read(JToken root)
    {
        if (root is not JObject rootObject)
        {
            problems.Error(OrganisationProblemCodes.WrongType, root, OrganisationMessages.RootNotObject(root.Type, culture));
            return OrganisationDraft.Empty;
        }

        var fields = new JsonFields(rootObject, OrganisationEntity.File, RootFields, problems, culture);
        fields.StringToken("$schema", required: false);
        fields.StringToken("description", required: false);
        var roles = Objects(fields.Array("roles", required: true), "roles").Select(ReadRole).ToList();
        var kinds = Objects(fields.Array("kinds", required: true), "kinds").Select(ReadKind).ToList();
        var units = Objects(fields.Array("units", required: true), "units").Select((unit, index) => ReadUnit(unit, index)).ToList();
        return new OrganisationDraft(roles, kinds, units);
    }

    private IEnumerable<JObject> Objects(JArray? section, string name)
    {
        if (section is null)
        {
            yield break;
        }

        foreach (var item in section)
        {
            if (item is JObject obj)
            {
                yield return obj;
            }
            else
            {
                problems.Error(OrganisationProblemCodes.WrongType, item, OrganisationMessages.WrongItemType(name, OrganisationMessages.ExpectedObject(culture), item.Type, culture));
            }
        }
    }

    private RoleDraft ReadRole(JObject role)
    {
        var fields = new JsonFields(role, OrganisationEntity.Role, RoleFields, problems, culture);
        return new RoleDraft(role, fields.DeclaredId("id"), fields.Text("name", required: true), fields.Text("nameEn", required: true));
    }

    private KindDraft ReadKind(JObject kind)
    {
        var fields = new JsonFields(kind, OrganisationEntity.Kind, KindFields, problems, culture);
        var id = fields.DeclaredId("id");
        var name = fields.Text("name", required: true);
        var nameEn = fields.Text("nameEn", required: true);
        AdministrativeLevel? level = null;
        if (fields.StringToken("level", required: true) is { } levelToken)
        {
            var text = (string)levelToken.Value!;
            if (AdministrativeLevels.TryParse(text, out var parsed))
            {
                level = parsed;
            }
            else
            {
                problems.Error(OrganisationProblemCodes.InvalidLevel, levelToken, OrganisationMessages.InvalidLevel(text, culture));
            }
        }

        return new KindDraft(kind, id, name, nameEn, level, fields.References("roles", required: true));
    }

    private UnitDraft ReadUnit(JObject unit, int index)
    {
        var fields = new JsonFields(unit, OrganisationEntity.Unit, UnitFields, problems, culture);
        var id = fields.DeclaredId("id");
        var code = AgencyCode(fields.StringToken("code", required: true));
        var name = fields.Text("name", required: true);
        var nameEn = fields.Text("nameEn", required: false);
        var kind = fields.Reference("kind", required: true);
        var parent = fields.Reference("parent", required: false);
        var validFromToken = fields.StringToken("validFrom", required: true);
        var validToToken = fields.StringToken("validTo", required: false);
        var validFrom = Date(validFromToken, "validFrom");
        var validTo = Date(validToToken, "validTo");
        if (validFrom is { } from && validTo is { } to && to <= from)
        {
            var written = (unit["id"] as JValue)?.Value as string ?? "?";
            problems.Error(OrganisationProblemCodes.EmptyPeriod, validToToken, OrganisationMessages.EmptyPeriod(written, from, to, culture));
        }

        var serves = fields.References("serves", required: false);
        var successors = fields.References("successors", required: false);
        var successorsToken = unit.Property("successors", StringComparison.Ordinal)?.Value;
        return new UnitDraft(unit, index, id, code, name, nameEn, kind, parent, validFrom, validFromToken, validTo, validToToken, serves, successors, successorsToken);
    }

    private IdReference? AgencyCode(JValue? token)
    {
        if (token is null)
        {
            return null;
        }

        var code = (string)token.Value!;
        if (!OrganisationSyntax.IsAgencyCode(code))
        {
            problems.Error(OrganisationProblemCodes.InvalidAgencyCode, token, OrganisationMessages.InvalidAgencyCode(code, culture));
            return null;
        }

        return new IdReference(code, token);
    }

    private DateOnly? Date(JValue? token, string field)
    {
        if (token is null)
        {
            return null;
        }

        var text = (string)token.Value!;
        if (!OrganisationSyntax.TryParseDate(text, out var date))
        {
            problems.Error(OrganisationProblemCodes.InvalidDate, token, OrganisationMessages.InvalidDate(field, text, culture));
            return null;
        }

        return date;
    }
}
