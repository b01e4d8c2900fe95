using System.Text;
using Workflow.Engine.Organisation;

namespace Workflow.Engine.Tests.Organisation;

/// <summary>
/// A province the size of a real one, before and after the 2025 reform, to keep the
/// loader's checks and the resolver free of anything that grows with the square of the file.
/// </summary>
public class NationalScaleTests
{
    private const int Districts = 60;
    private const int CommunesPerDistrict = 30;
    private const int MergedInto = 3;

    private static string LargeProvince()
    {
        var units = new List<string>
        {
            Unit("province", "H99", "province", null, "1997-01-01", null),
            Unit("registry", "H99.20", "land-registry-office", "province", "1997-01-01", null),
        };
        for (var d = 0; d < Districts; d++)
        {
            var district = $"d{d}";
            var newCommunes = Enumerable.Range(0, CommunesPerDistrict / MergedInto).Select(n => $"\"n{d}-{n}\"");
            units.Add(Unit(district, $"H99.{d + 100}", "district", "province", "1997-01-01", "2025-07-01", successors: string.Join(", ", newCommunes)));
            units.Add(Unit($"{district}-office", $"H99.{d + 100}.01", "district-economic-office", district, "1997-01-01", "2025-07-01"));
            units.Add(Unit($"b{d}", $"H99.20.{d + 100}", "land-registry-branch", "registry", "1997-01-01", "2025-07-01", serves: $"\"{district}\""));
            units.Add(Unit($"b{d}", $"H99.20.{d + 100}", "land-registry-branch", "registry", "2025-07-01", null, serves: string.Join(", ", newCommunes)));
            for (var c = 0; c < CommunesPerDistrict; c++)
            {
                units.Add(Unit($"c{d}-{c}", $"H99.{d + 100}.{c + 10}", "commune", district, "1997-01-01", "2025-07-01", successors: $"\"n{d}-{c / MergedInto}\""));
            }

            for (var n = 0; n < CommunesPerDistrict / MergedInto; n++)
            {
                units.Add(Unit($"n{d}-{n}", $"H99.{1000 + (d * 10) + n}", "commune", "province", "2025-07-01", null));
            }
        }

        var kinds = File.ReadAllText(RepositoryRoot.File(OrganisationLoader.RelativePath));
        var start = kinds.IndexOf("\"roles\"", StringComparison.Ordinal);
        var end = kinds.IndexOf("\"units\"", StringComparison.Ordinal);
        return new StringBuilder("{").Append(kinds[start..end]).Append("\"units\": [\n").AppendJoin(",\n", units).Append("\n]}").ToString();
    }

    private static string Unit(string id, string code, string kind, string? parent, string from, string? to, string? serves = null, string? successors = null) =>
        $"{{ \"id\": \"{id}\", \"code\": \"{code}\", \"name\": \"{id}\", \"kind\": \"{kind}\", "
        + (parent is null ? "" : $"\"parent\": \"{parent}\", ")
        + $"\"validFrom\": \"{from}\""
        + (to is null ? "" : $", \"validTo\": \"{to}\"")
        + (serves is null ? "" : $", \"serves\": [{serves}]")
        + (successors is null ? "" : $", \"successors\": [{successors}]")
        + " }";

    [Fact]
    public void A_province_with_thousands_of_records_loads_and_resolves_every_commune()
    {
        var json = LargeProvince();
        var result = OrganisationLoader.Load(json, "large.json");
        Assert.Empty(result.Problems);
        var resolver = new UnitResolver(result.Model!);
        var before = new DateOnly(2024, 5, 10);
        var after = new DateOnly(2025, 8, 1);
        for (var d = 0; d < Districts; d++)
        {
            for (var c = 0; c < CommunesPerDistrict; c++)
            {
                Assert.Equal($"b{d}", resolver.Resolve("land-registry-branch", $"c{d}-{c}", before).Unit!.Id);
                Assert.Equal($"d{d}-office", resolver.Resolve("district-economic-office", $"c{d}-{c}", before).Unit!.Id);
                Assert.Equal($"b{d}", resolver.Resolve("land-registry-branch", $"c{d}-{c}", after).Unit!.Id);
            }
        }

        Assert.Equal(2 + (Districts * (4 + CommunesPerDistrict + (CommunesPerDistrict / MergedInto))), result.Model!.Records.Count);
    }
}
