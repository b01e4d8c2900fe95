using NJsonSchema;
using Workflow.Engine.Organisation;

namespace Workflow.Engine.Tests.Organisation;

/// <summary>
/// The JSON Schema lets editors flag mistakes as they type; it must accept what the loader
/// accepts and refuse the shape errors the loader refuses.
/// </summary>
public class OrganisationSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(RepositoryRoot.File("procedures/organisation.schema.json")).GetAwaiter().GetResult());

    private const string ValidUnit = """{ "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01" }""";

    private static string File(string unit) => $$"""
        {
          "$schema": "../organisation.schema.json",
          "roles": [{ "id": "head", "name": "Trưởng đơn vị", "nameEn": "Head" }],
          "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": ["head"] }],
          "units": [{{unit}}]
        }
        """;

    [Fact]
    public void Both_accept_a_valid_file()
    {
        var json = File(ValidUnit);

        Assert.Empty(Schema.Value.Validate(json));
        Assert.Empty(OrganisationLoader.Load(json, "x.json").Problems);
    }

    [Theory]
    [InlineData("""{ "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01", "colour": "blue" }""", OrganisationProblemCodes.UnknownField)]
    [InlineData("""{ "id": "a", "name": "A", "kind": "office", "validFrom": "2020-01-01" }""", OrganisationProblemCodes.MissingField)]
    [InlineData("""{ "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01", "serves": "b" }""", OrganisationProblemCodes.WrongType)]
    [InlineData("""{ "id": "Xa_A", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01" }""", OrganisationProblemCodes.InvalidId)]
    [InlineData("""{ "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "01/01/2020" }""", OrganisationProblemCodes.InvalidDate)]
    [InlineData("""{ "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-02-30" }""", OrganisationProblemCodes.InvalidDate)]
    [InlineData("""{ "id": "a", "code": "h-01", "name": "A", "kind": "office", "validFrom": "2020-01-01" }""", OrganisationProblemCodes.InvalidAgencyCode)]
    [InlineData("""{ "id": "a", "code": "H01", "name": " ", "kind": "office", "validFrom": "2020-01-01" }""", OrganisationProblemCodes.EmptyText)]
    [InlineData("""{ "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01", "serves": ["b", "b"] }""", OrganisationProblemCodes.DuplicateEntry)]
    public void Both_refuse_the_same_shape_errors(string unit, string code)
    {
        var json = File(unit);

        Assert.NotEmpty(Schema.Value.Validate(json));
        Assert.Contains(OrganisationLoader.Load(json, "x.json").Problems, p => p.Code == code);
    }

    [Fact]
    public void Both_refuse_an_unknown_level()
    {
        var json = File(ValidUnit).Replace("\"level\": \"province\"", "\"level\": \"ward\"", StringComparison.Ordinal);

        Assert.NotEmpty(Schema.Value.Validate(json));
        Assert.Contains(OrganisationLoader.Load(json, "x.json").Problems, p => p.Code == OrganisationProblemCodes.InvalidLevel);
    }

    [Fact]
    public void The_schema_lists_the_same_fields_as_the_loader()
    {
        var unit = Schema.Value.Definitions["unit"];
        var kind = Schema.Value.Definitions["kind"];
        var role = Schema.Value.Definitions["role"];

        Assert.Equal(["id", "code", "name", "nameEn", "kind", "parent", "validFrom", "validTo", "serves", "successors"], unit.Properties.Keys);
        Assert.Equal(["id", "code", "name", "kind", "validFrom"], unit.RequiredProperties);
        Assert.Equal(["id", "name", "nameEn", "level", "roles"], kind.Properties.Keys);
        Assert.Equal(["id", "name", "nameEn"], role.Properties.Keys);
        Assert.Equal(["$schema", "description", "roles", "kinds", "units"], Schema.Value.Properties.Keys);
    }
}
