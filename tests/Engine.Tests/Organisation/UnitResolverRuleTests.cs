using System.Globalization;
using Workflow.Engine.Organisation;

namespace Workflow.Engine.Tests.Organisation;

/// <summary>The resolver's rules one at a time, on small inline organisations built for each case.</summary>
public class UnitResolverRuleTests
{
    private static readonly DateOnly Day = new(2024, 5, 10);

    private const string Kinds = """
        "roles": [{ "id": "head", "name": "Trưởng đơn vị", "nameEn": "Head" }],
        "kinds": [
          { "id": "province", "name": "Tỉnh", "nameEn": "Province", "level": "province", "roles": ["head"] },
          { "id": "district", "name": "Huyện", "nameEn": "District", "level": "district", "roles": ["head"] },
          { "id": "commune", "name": "Xã", "nameEn": "Commune", "level": "commune", "roles": ["head"] },
          { "id": "office", "name": "Phòng", "nameEn": "Office", "level": "district", "roles": ["head"] },
          { "id": "branch", "name": "Chi nhánh", "nameEn": "Branch", "level": "province", "roles": ["head"] }
        ],
        """;

    private static UnitResolver Organisation(string units)
    {
        var result = OrganisationLoader.Load("{" + Kinds + "\"units\": [" + units + "]}", "inline.json");
        Assert.False(result.HasErrors, string.Join(Environment.NewLine, result.Problems));
        return new UnitResolver(result.Model!);
    }

    private static string Unit(string id, string kind, string? parent = null, string from = "2010-01-01", string? to = null, string? serves = null, string? successors = null) =>
        $$"""
        { "id": "{{id}}", "code": "C{{Math.Abs(StringComparer.Ordinal.GetHashCode(id + from)) % 1000000}}", "name": "{{id}}", "kind": "{{kind}}",
          {{(parent is null ? "" : $"\"parent\": \"{parent}\",")}} "validFrom": "{{from}}"
          {{(to is null ? "" : $", \"validTo\": \"{to}\"")}}
          {{(serves is null ? "" : $", \"serves\": [{serves}]")}}
          {{(successors is null ? "" : $", \"successors\": [{successors}]")}} }
        """;

    [Fact]
    public void A_unit_serving_the_receiving_unit_wins_over_one_serving_its_parent()
    {
        var resolver = Organisation(string.Join(",",
            Unit("p", "province"),
            Unit("d", "district", "p"),
            Unit("c", "commune", "d"),
            Unit("b-district", "branch", "p", serves: "\"d\""),
            Unit("b-commune", "branch", "p", serves: "\"c\"")));

        var resolution = resolver.Resolve("branch", "c", Day);

        Assert.Equal("b-commune", resolution.Unit!.Id);
        Assert.Equal("c", resolution.Via!.Id);
        Assert.Equal("b-district", resolver.Resolve("branch", "d", Day).Unit!.Id);
    }

    [Fact]
    public void Serving_wins_over_a_unit_of_the_kind_nearer_in_the_hierarchy()
    {
        var resolver = Organisation(string.Join(",",
            Unit("p", "province"),
            Unit("d", "district", "p"),
            Unit("c", "commune", "d"),
            Unit("b-local", "branch", "d"),
            Unit("b-serving", "branch", "p", serves: "\"c\"")));

        Assert.Equal("b-serving", resolver.Resolve("branch", "c", Day).Unit!.Id);
    }

    [Fact]
    public void Two_units_of_the_kind_serving_the_same_unit_are_ambiguous_and_named()
    {
        var result = OrganisationLoader.Load(
            "{" + Kinds + "\"units\": [" + string.Join(",",
                Unit("p", "province"),
                Unit("c", "commune", "p"),
                Unit("b1", "branch", "p", serves: "\"c\""),
                Unit("b2", "branch", "p", serves: "\"c\"")) + "]}",
            "inline.json");
        Assert.Equal([OrganisationProblemCodes.SharedService], result.Problems.Select(p => p.Code));

        var resolution = new UnitResolver(result.Model!).Resolve("branch", "c", Day);

        Assert.Equal(UnitResolutionOutcome.Ambiguous, resolution.Outcome);
        Assert.Equal(UnitResolutionRule.Serves, resolution.Rule);
        Assert.Equal(["b1", "b2"], resolution.Candidates.Select(u => u.Id));
        Assert.Equal(
            "Có 2 đơn vị loại “Chi nhánh” (branch) cùng phục vụ c (c) vào ngày 10/05/2024: b1 (b1) và b2 (b2); không chọn được đơn vị nào. Hãy sửa “serves” trong tệp tổ chức để chỉ một đơn vị phục vụ.",
            resolution.Explanation);
    }

    [Fact]
    public void Several_units_of_the_kind_under_the_receiving_unit_are_ambiguous()
    {
        var resolver = Organisation(string.Join(",",
            Unit("p", "province"),
            Unit("d", "district", "p"),
            Unit("o1", "office", "d"),
            Unit("o2", "office", "d")));

        var resolution = resolver.Resolve("office", "d", Day);

        Assert.Equal(UnitResolutionOutcome.Ambiguous, resolution.Outcome);
        Assert.Equal("d", resolution.Via!.Id);
        Assert.Equal(["o1", "o2"], resolution.Candidates.Select(u => u.Id));
    }

    [Fact]
    public void The_nearest_level_with_a_unit_of_the_kind_decides_even_if_a_higher_level_has_more()
    {
        var resolver = Organisation(string.Join(",",
            Unit("p", "province"),
            Unit("d1", "district", "p"),
            Unit("d2", "district", "p"),
            Unit("c1", "commune", "d1"),
            Unit("o1", "office", "d1"),
            Unit("o2", "office", "d2"),
            Unit("o-province", "office", "p")));

        Assert.Equal("o1", resolver.Resolve("office", "c1", Day).Unit!.Id);
        var fromProvince = resolver.Resolve("office", "p", Day);
        Assert.Equal(["o-province", "o1", "o2"], fromProvince.Candidates.Select(u => u.Id));
    }

    [Fact]
    public void A_unit_of_the_kind_deeper_in_a_sibling_branch_is_found_when_it_is_the_only_one()
    {
        var resolver = Organisation(string.Join(",",
            Unit("p", "province"),
            Unit("dept", "office", "p"),
            Unit("registry", "branch", "dept"),
            Unit("d", "district", "p"),
            Unit("c", "commune", "d")));

        var resolution = resolver.Resolve("branch", "c", Day, CultureInfo.GetCultureInfo("en"));

        Assert.Equal("registry", resolution.Unit!.Id);
        Assert.Equal("p", resolution.Via!.Id);
        Assert.Equal(
            "registry (registry) is the only unit of kind \"Branch\" (branch) within p (p), the nearest level above the receiving unit c (c) that has one, on 2024-05-10.",
            resolution.Explanation);
    }

    [Fact]
    public void Units_out_of_force_on_the_date_are_not_candidates()
    {
        var resolver = Organisation(string.Join(",",
            Unit("p", "province"),
            Unit("c", "commune", "p"),
            Unit("old", "branch", "p", to: "2020-01-01", serves: "\"c\""),
            Unit("new", "branch", "p", from: "2020-01-01", serves: "\"c\"")));

        Assert.Equal("old", resolver.Resolve("branch", "c", new DateOnly(2019, 12, 31)).Unit!.Id);
        Assert.Equal("new", resolver.Resolve("branch", "c", new DateOnly(2020, 1, 1)).Unit!.Id);
    }

    [Fact]
    public void A_date_in_a_gap_between_two_records_of_the_receiving_unit_is_reported()
    {
        var resolver = Organisation(string.Join(",",
            Unit("p", "province"),
            Unit("c", "commune", "p", to: "2015-01-01"),
            Unit("c", "commune", "p", from: "2016-01-01")));

        var resolution = resolver.Resolve("commune", "c", new DateOnly(2015, 6, 1));

        Assert.Equal(UnitResolutionOutcome.ReceivingUnitNotInForce, resolution.Outcome);
        Assert.Equal("Đơn vị tiếp nhận c (c) không có hiệu lực vào ngày 01/06/2015.", resolution.Explanation);
    }

    [Fact]
    public void Successors_are_followed_through_several_mergers()
    {
        var resolver = Organisation(string.Join(",",
            Unit("p", "province"),
            Unit("a", "commune", "p", to: "2020-01-01", successors: "\"b\""),
            Unit("b", "commune", "p", from: "2020-01-01", to: "2025-07-01", successors: "\"c\""),
            Unit("c", "commune", "p", from: "2025-07-01")));

        Assert.Equal("b", resolver.Resolve("commune", "a", new DateOnly(2022, 1, 1)).Unit!.Id);
        var resolution = resolver.Resolve("commune", "a", new DateOnly(2025, 8, 1));
        Assert.Equal("c", resolution.Unit!.Id);
        Assert.Equal(["c"], resolution.TakenOverBy.Select(u => u.Id));
        Assert.Equal(["c"], resolver.Organisation.SuccessorsAt("a", new DateOnly(2025, 8, 1)).Select(u => u.Id));
    }

    [Fact]
    public void Successors_that_lead_to_different_units_are_ambiguous()
    {
        var resolver = Organisation(string.Join(",",
            Unit("p", "province"),
            Unit("d", "district", "p", to: "2025-07-01", successors: "\"c1\", \"c2\""),
            Unit("c1", "commune", "p", from: "2025-07-01"),
            Unit("c2", "commune", "p", from: "2025-07-01"),
            Unit("o1", "office", "c1", from: "2025-07-01"),
            Unit("o2", "office", "c2", from: "2025-07-01")));

        var resolution = resolver.Resolve("office", "d", new DateOnly(2025, 8, 1));

        Assert.Equal(UnitResolutionOutcome.Ambiguous, resolution.Outcome);
        Assert.Equal(["o1", "o2"], resolution.Candidates.Select(u => u.Id));
        Assert.Equal(["c1", "c2"], resolution.TakenOverBy.Select(u => u.Id));
    }

    [Fact]
    public void Successors_of_which_one_finds_nothing_are_ambiguous_not_resolved()
    {
        // o1 has no parent and serves only c1, so nothing leads to it from c2.
        var resolver = Organisation(string.Join(",",
            Unit("p", "province"),
            Unit("d", "district", "p", to: "2025-07-01", successors: "\"c1\", \"c2\""),
            Unit("c1", "commune", "p", from: "2025-07-01"),
            Unit("c2", "commune", "p", from: "2025-07-01"),
            Unit("o1", "office", from: "2025-07-01", serves: "\"c1\"")));

        var resolution = resolver.Resolve("office", "d", new DateOnly(2025, 8, 1));

        Assert.Equal(UnitResolutionOutcome.Ambiguous, resolution.Outcome);
        Assert.Equal(["o1"], resolution.Candidates.Select(u => u.Id));
    }

    [Fact]
    public void The_hierarchy_rule_reaches_into_a_sibling_branch_when_it_holds_the_only_unit_of_the_kind()
    {
        // Documented behaviour: a commune without its own office is resolved to the only office in the province.
        var resolver = Organisation(string.Join(",",
            Unit("p", "province"),
            Unit("c1", "commune", "p"),
            Unit("c2", "commune", "p"),
            Unit("o1", "office", "c1")));

        var resolution = resolver.Resolve("office", "c2", Day);

        Assert.Equal("o1", resolution.Unit!.Id);
        Assert.Equal("p", resolution.Via!.Id);
    }

    [Fact]
    public void Successors_that_find_nothing_give_not_found_with_each_reason()
    {
        var resolver = Organisation(string.Join(",",
            Unit("p", "province"),
            Unit("d", "district", "p", to: "2025-07-01", successors: "\"c\""),
            Unit("c", "commune", "p", from: "2025-07-01")));

        var resolution = resolver.Resolve("office", "d", new DateOnly(2025, 8, 1));

        Assert.Equal(UnitResolutionOutcome.NotFound, resolution.Outcome);
        Assert.StartsWith("Đơn vị tiếp nhận d (d) đã chấm dứt từ ngày 01/07/2025; hồ sơ của đơn vị này do c (c) kế thừa. Không tìm thấy đơn vị loại “Phòng” (office) cho đơn vị tiếp nhận c (c)", resolution.Explanation);
    }

    [Fact]
    public void The_resolution_records_what_was_asked()
    {
        var resolver = Organisation(Unit("p", "province"));

        var resolution = resolver.Resolve("province", "p", Day);

        Assert.Equal(("province", "p", Day), (resolution.KindId, resolution.ReceivingUnitId, resolution.Date));
        Assert.Empty(resolution.Candidates);
        Assert.Empty(resolution.TakenOverBy);
        Assert.Equal(resolution.Explanation, resolution.ToString());
    }
}
