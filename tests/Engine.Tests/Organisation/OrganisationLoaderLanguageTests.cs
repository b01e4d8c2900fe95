using System.Globalization;
using Workflow.Engine.Organisation;

namespace Workflow.Engine.Tests.Organisation;

/// <summary>One file with nearly every mistake at once: all are reported, in either language.</summary>
public class OrganisationLoaderLanguageTests
{
    private const string EverythingWrong = """
        {
          "roles": [
            { "id": "head", "name": "Trưởng đơn vị", "nameEn": "Head" },
            { "id": "head", "name": "Trưởng đơn vị", "nameEn": "Head" },
            { "id": "Bad", "name": " ", "nameEn": "Bad" }
          ],
          "kinds": [
            { "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": ["head", "head", "boss"] },
            { "id": "office", "name": "Phòng", "nameEn": "Office", "level": "ward", "roles": [] },
            "oops"
          ],
          "units": [
            { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01", "extra": 1 },
            { "id": "b", "name": "B", "kind": "office", "validFrom": "2020-01-01" },
            { "id": "c", "code": "h-1", "name": "C", "kind": "office", "validFrom": "2020-02-30" },
            { "id": "d", "code": "H04", "name": "D", "kind": "ward", "parent": "ghost", "validFrom": "2020-01-01", "serves": ["ghost", "d"], "successors": ["ghost"] },
            { "id": "e", "code": "H05", "name": "E", "kind": "office", "validFrom": "2020-01-01", "validTo": "2019-01-01" },
            { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2021-01-01" },
            { "id": "f", "code": "H06", "name": "F", "kind": "office", "parent": "g", "validFrom": "2010-01-01" },
            { "id": "g", "code": "H07", "name": "G", "kind": "office", "parent": "h", "validFrom": "2020-01-01" },
            { "id": "h", "code": "H08", "name": "H", "kind": "office", "parent": "g", "validFrom": "2020-01-01" },
            { "id": "i", "code": "H01", "name": "I", "kind": "office", "validFrom": "2020-01-01" },
            { "id": "j", "code": "H10", "name": "J", "kind": "office", "validFrom": "2020-01-01", "validTo": "2025-07-01", "successors": ["k"] },
            { "id": "k", "code": "H11", "name": "K", "kind": "office", "validFrom": "2026-01-01", "serves": ["j"] },
            { "id": "l", "code": "H12", "name": "L", "kind": "office", "validFrom": "2020-01-01", "serves": ["a"] },
            { "id": "m", "code": "H13", "name": "M", "kind": "office", "validFrom": "2020-01-01", "serves": ["a"] }
          ]
        }
        """;

    private static readonly string[] AllButMalformed = Enumerable.Range(2, 26).Select(n => $"ORG{n:000}").ToArray();

    [Fact]
    public void Every_kind_of_mistake_is_reported_in_one_pass_in_file_order()
    {
        var result = OrganisationLoader.Load(EverythingWrong, "all.json");

        Assert.Equal(AllButMalformed, result.Problems.Select(p => p.Code).Distinct().Order());
        Assert.Null(result.Model);
        Assert.Equal(result.Problems.OrderBy(p => p.Line).ThenBy(p => p.Column), result.Problems);
    }

    [Fact]
    public void Every_sentence_has_an_English_version()
    {
        var vietnamese = OrganisationLoader.Load(EverythingWrong, "all.json").Problems;
        var english = OrganisationLoader.Load(EverythingWrong, "all.json", CultureInfo.GetCultureInfo("en-GB")).Problems;

        Assert.Equal(vietnamese.Select(p => (p.Code, p.Line, p.Column, p.JsonPath)), english.Select(p => (p.Code, p.Line, p.Column, p.JsonPath)));
        Assert.All(english, p => Assert.DoesNotMatch("[ăâđêôơưĂÂĐÊÔƠƯ“”]|không|đơn vị", p.Message));
        Assert.All(vietnamese, p => Assert.Matches("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", p.Message));
        Assert.All(vietnamese.Zip(english), pair => Assert.NotEqual(pair.First.Message, pair.Second.Message));
    }

    [Fact]
    public void Cultures_other_than_English_get_Vietnamese()
    {
        var vietnamese = OrganisationLoader.Load(EverythingWrong, "all.json").Problems.Select(p => p.Message);
        var french = OrganisationLoader.Load(EverythingWrong, "all.json", CultureInfo.GetCultureInfo("fr-FR")).Problems.Select(p => p.Message);
        var invariant = OrganisationLoader.Load(EverythingWrong, "all.json", CultureInfo.InvariantCulture).Problems.Select(p => p.Message);

        Assert.Equal(vietnamese, french);
        Assert.Equal(vietnamese, invariant);
    }
}
