using System.Globalization;
using Workflow.Engine.Organisation;
using static Workflow.Engine.Tests.Organisation.DemoOrganisation;

namespace Workflow.Engine.Tests.Organisation;

/// <summary>Assignee resolution against the repository's organisation, before and after the 2025 reform.</summary>
public class UnitResolverTests
{
    private static readonly DateOnly Before = Date(2024, 5, 10);
    private static readonly DateOnly After = Date(2025, 8, 1);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static UnitResolution Resolve(string kind, string receiving, DateOnly date, CultureInfo? culture = null) =>
        Resolver.Resolve(kind, receiving, date, culture);

    private static string ResolvedId(string kind, string receiving, DateOnly date)
    {
        var resolution = Resolve(kind, receiving, date);
        Assert.True(resolution.IsResolved, resolution.Explanation);
        return resolution.Unit!.Id;
    }

    [Theory]
    [InlineData("district-economic-office", "tx-hoa-an-ktht")]
    [InlineData("district-finance-office", "tx-hoa-an-tckh")]
    [InlineData("district-justice-office", "tx-hoa-an-tp")]
    [InlineData("land-registry-branch", "cn-vpdk-hoa-an")]
    [InlineData("tax-office", "thue-hoa-an")]
    [InlineData("land-registry-office", "vpdk-tinh")]
    [InlineData("district", "tx-hoa-an")]
    [InlineData("commune", "x-tan-phu")]
    [InlineData("service-center", "ttpvhcc-binh-minh")]
    [InlineData("province", "tinh-binh-minh")]
    public void A_dossier_received_at_Tan_Phu_in_May_2024_reaches_the_units_of_its_town(string kind, string expected) =>
        Assert.Equal(expected, ResolvedId(kind, "x-tan-phu", Before));

    [Fact]
    public void The_registry_found_in_2024_belonged_to_the_old_department_and_in_May_2025_to_the_new_one()
    {
        var registry = Resolve("land-registry-office", "x-tan-phu", Before);

        Assert.Equal(UnitResolutionRule.Hierarchy, registry.Rule);
        Assert.Equal("tinh-binh-minh", registry.Via!.Id);
        Assert.Equal("so-tnmt", Resolver.Organisation.ParentAt(registry.Unit!.Id, Before)!.Id);
        Assert.Equal("so-nnmt", Resolver.Organisation.ParentAt(registry.Unit!.Id, Date(2025, 5, 1))!.Id);
        Assert.Equal("vpdk-tinh", ResolvedId("land-registry-office", "x-tan-phu", Date(2025, 5, 1)));
    }

    [Fact]
    public void The_land_branch_is_found_because_it_serves_the_town_above_the_commune()
    {
        var resolution = Resolve("land-registry-branch", "x-tan-phu", Before);

        Assert.Equal(UnitResolutionOutcome.Resolved, resolution.Outcome);
        Assert.Equal(UnitResolutionRule.Serves, resolution.Rule);
        Assert.Equal("tx-hoa-an", resolution.Via!.Id);
        Assert.Equal(
            "Chi nhánh Văn phòng Đăng ký đất đai thị xã Hòa An (cn-vpdk-hoa-an) phục vụ Thị xã Hòa An (tx-hoa-an), đơn vị cấp trên của đơn vị tiếp nhận Xã Tân Phú (x-tan-phu), vào ngày 10/05/2024.",
            resolution.Explanation);
        Assert.Equal(
            "Hoa An Town Branch of the Land Registration Office (cn-vpdk-hoa-an) serves Hoa An Town (tx-hoa-an), a parent unit of the receiving unit Tan Phu Commune (x-tan-phu), on 2024-05-10.",
            Resolve("land-registry-branch", "x-tan-phu", Before, English).Explanation);
    }

    [Fact]
    public void The_district_office_is_found_in_the_nearest_branch_above_the_commune()
    {
        var resolution = Resolve("district-economic-office", "x-tan-phu", Before);

        Assert.Equal(UnitResolutionRule.Hierarchy, resolution.Rule);
        Assert.Equal("tx-hoa-an", resolution.Via!.Id);
        Assert.Equal(
            "Phòng Quản lý đô thị thị xã Hòa An (tx-hoa-an-ktht) là đơn vị duy nhất thuộc loại “Phòng Kinh tế - Hạ tầng / Quản lý đô thị” (district-economic-office) trong Thị xã Hòa An (tx-hoa-an), cấp gần nhất phía trên đơn vị tiếp nhận Xã Tân Phú (x-tan-phu) có đơn vị loại này, vào ngày 10/05/2024.",
            resolution.Explanation);
    }

    [Fact]
    public void The_receiving_unit_itself_and_its_nearest_parent_of_the_kind_come_first()
    {
        var itself = Resolve("commune", "x-tan-phu", Before);
        var town = Resolve("district", "x-tan-phu", Before);

        Assert.Equal(UnitResolutionRule.ReceivingUnitItself, itself.Rule);
        Assert.Equal("Xã Tân Phú (x-tan-phu) là chính đơn vị tiếp nhận hồ sơ, thuộc loại “UBND xã, phường” (commune).", itself.Explanation);
        Assert.Equal(UnitResolutionRule.Hierarchy, town.Rule);
        Assert.Equal(
            "Thị xã Hòa An (tx-hoa-an) là đơn vị cấp trên gần nhất thuộc loại “UBND huyện, thị xã (trước 01/07/2025)” (district) của đơn vị tiếp nhận Xã Tân Phú (x-tan-phu) vào ngày 10/05/2024.",
            town.Explanation);
    }

    [Fact]
    public void A_tax_office_with_no_parent_is_found_only_through_the_units_it_serves()
    {
        Assert.Equal("thue-hoa-an", ResolvedId("tax-office", "x-tan-phu", Before));
        Assert.Equal("Thuế cơ sở 3 tỉnh Bình Minh", Resolve("tax-office", "x-tan-phu", Date(2025, 4, 1)).Unit!.Name);
        Assert.Equal("thue-song-xanh", ResolvedId("tax-office", "x-song-xanh", Before));
    }

    [Fact]
    public void After_the_reform_the_new_commune_resolves_to_its_own_economic_office()
    {
        var resolution = Resolve("commune-economic-office", "x-tan-phu-my", After);

        Assert.Equal("x-tan-phu-my-kt", resolution.Unit!.Id);
        Assert.Equal(UnitResolutionRule.Hierarchy, resolution.Rule);
        Assert.Equal("x-tan-phu-my", resolution.Via!.Id);
        Assert.Equal(
            "Phòng Kinh tế xã Tân Phú Mỹ (x-tan-phu-my-kt) là đơn vị duy nhất thuộc loại “Phòng Kinh tế / Kinh tế, Hạ tầng và Đô thị (xã, phường)” (commune-economic-office) trực thuộc đơn vị tiếp nhận Xã Tân Phú Mỹ (x-tan-phu-my) vào ngày 01/08/2025.",
            resolution.Explanation);
        Assert.Equal("p-hoa-an-kt", ResolvedId("commune-economic-office", "p-hoa-an", After));
    }

    [Fact]
    public void After_the_reform_no_district_is_found_and_the_sentence_says_which_kind_from_where_and_when()
    {
        var resolution = Resolve("district", "x-tan-phu-my", After);

        Assert.Equal(UnitResolutionOutcome.NotFound, resolution.Outcome);
        Assert.False(resolution.IsResolved);
        Assert.Null(resolution.Unit);
        Assert.Equal(
            "Không tìm thấy đơn vị loại “UBND huyện, thị xã (trước 01/07/2025)” (district) cho đơn vị tiếp nhận Xã Tân Phú Mỹ (x-tan-phu-my) vào ngày 01/08/2025: bản thân đơn vị không thuộc loại này, không có đơn vị loại này phục vụ nó hay cấp trên của nó, và cũng không có đơn vị loại này trực thuộc các cấp trên của nó.",
            resolution.Explanation);
        Assert.Equal(
            "No unit of kind \"District or town People's Committee (before 1 July 2025)\" (district) can be found for the receiving unit Tan Phu My Commune (x-tan-phu-my) on 2025-08-01: it is not of that kind itself, no unit of that kind serves it or any of its parent units, and none is under its parent units.",
            Resolve("district", "x-tan-phu-my", After, English).Explanation);
    }

    [Theory]
    [InlineData("land-registry-branch", "cn-vpdk-hoa-an")]
    [InlineData("tax-office", "thue-hoa-an")]
    [InlineData("land-registry-office", "vpdk-tinh")]
    [InlineData("commune", "x-tan-phu-my")]
    public void After_the_reform_the_new_commune_keeps_the_agencies_that_serve_it(string kind, string expected) =>
        Assert.Equal(expected, ResolvedId(kind, "x-tan-phu-my", After));

    [Fact]
    public void The_land_branch_now_serves_the_new_commune_directly()
    {
        var resolution = Resolve("land-registry-branch", "x-tan-phu-my", After);

        Assert.Equal(UnitResolutionRule.Serves, resolution.Rule);
        Assert.Equal("x-tan-phu-my", resolution.Via!.Id);
        Assert.Equal(
            "Chi nhánh Văn phòng Đăng ký đất đai khu vực Hòa An (cn-vpdk-hoa-an) phục vụ đơn vị tiếp nhận Xã Tân Phú Mỹ (x-tan-phu-my) vào ngày 01/08/2025.",
            resolution.Explanation);
    }

    [Theory]
    [InlineData("2024-05-10", "land-registry-branch", "cn-vpdk-song-xanh")]
    [InlineData("2024-05-10", "district-economic-office", "h-song-xanh-ktht")]
    [InlineData("2024-05-10", "district", "h-song-xanh")]
    [InlineData("2024-05-10", "tax-office", "thue-song-xanh")]
    [InlineData("2025-08-01", "land-registry-branch", "cn-vpdk-song-xanh")]
    [InlineData("2025-08-01", "commune-economic-office", "x-song-xanh-kt")]
    [InlineData("2025-08-01", "tax-office", "thue-song-xanh")]
    public void A_commune_of_the_second_district_resolves_to_its_own_agencies(string date, string kind, string expected) =>
        Assert.Equal(expected, ResolvedId(kind, "x-song-xanh", DateOnly.Parse(date, CultureInfo.InvariantCulture)));

    [Fact]
    public void Several_units_of_the_kind_at_the_nearest_level_are_reported_as_ambiguous_naming_them()
    {
        var resolution = Resolve("department", "x-tan-phu", Before);

        Assert.Equal(UnitResolutionOutcome.Ambiguous, resolution.Outcome);
        Assert.Equal(UnitResolutionRule.Hierarchy, resolution.Rule);
        Assert.Equal("tinh-binh-minh", resolution.Via!.Id);
        Assert.Equal(["so-xay-dung", "so-tu-phap", "so-tnmt"], resolution.Candidates.Select(u => u.Id));
        Assert.Equal(
            "Có 3 đơn vị loại “Sở” (department) trong Tỉnh Bình Minh (tinh-binh-minh), cấp gần nhất phía trên đơn vị tiếp nhận Xã Tân Phú (x-tan-phu) có đơn vị loại này, vào ngày 10/05/2024: Sở Xây dựng tỉnh Bình Minh (so-xay-dung), Sở Tư pháp tỉnh Bình Minh (so-tu-phap) và Sở Tài nguyên và Môi trường tỉnh Bình Minh (so-tnmt); không chọn được đơn vị nào. Hãy khai báo “serves” trong tệp tổ chức để chỉ rõ đơn vị nào phục vụ Xã Tân Phú (x-tan-phu).",
            resolution.Explanation);
    }

    [Fact]
    public void A_dossier_received_at_the_province_cannot_pick_one_of_two_land_branches()
    {
        var resolution = Resolve("land-registry-branch", "tinh-binh-minh", Before, English);

        Assert.Equal(UnitResolutionOutcome.Ambiguous, resolution.Outcome);
        Assert.Equal(["cn-vpdk-hoa-an", "cn-vpdk-song-xanh"], resolution.Candidates.Select(u => u.Id));
        Assert.Equal(
            "2 units of kind \"Land registration office branch\" (land-registry-branch) are under the receiving unit Binh Minh Province (tinh-binh-minh) on 2024-05-10: Hoa An Town Branch of the Land Registration Office (cn-vpdk-hoa-an) and Song Xanh District Branch of the Land Registration Office (cn-vpdk-song-xanh); none can be chosen. Say which one serves it with \"serves\" in the organisation file.",
            resolution.Explanation);
    }

    [Fact]
    public void A_root_unit_outside_the_hierarchy_is_not_found_without_serves()
    {
        var resolution = Resolve("tax-office", "tinh-binh-minh", Before);

        Assert.Equal(UnitResolutionOutcome.NotFound, resolution.Outcome);
        Assert.Contains("“Thuế cơ sở / Chi cục Thuế khu vực” (tax-office)", resolution.Explanation);
    }

    [Fact]
    public void A_dossier_of_a_merged_commune_resolved_after_the_merger_goes_to_its_successor()
    {
        var resolution = Resolve("commune", "x-tan-phu", After);

        Assert.True(resolution.IsResolved);
        Assert.Equal("x-tan-phu-my", resolution.Unit!.Id);
        Assert.Equal("x-tan-phu", resolution.ReceivingUnitId);
        Assert.Equal(["x-tan-phu-my"], resolution.TakenOverBy.Select(u => u.Id));
        Assert.Equal(
            "Đơn vị tiếp nhận Xã Tân Phú (x-tan-phu) đã chấm dứt từ ngày 01/07/2025; hồ sơ của đơn vị này do Xã Tân Phú Mỹ (x-tan-phu-my) kế thừa. Xã Tân Phú Mỹ (x-tan-phu-my) là chính đơn vị tiếp nhận hồ sơ, thuộc loại “UBND xã, phường” (commune).",
            resolution.Explanation);
        Assert.Equal("x-tan-phu-my-kt", ResolvedId("commune-economic-office", "x-phu-my", After));
    }

    [Fact]
    public void A_dossier_of_the_abolished_town_resolves_only_where_all_its_successors_agree()
    {
        var branch = Resolve("land-registry-branch", "tx-hoa-an", After);
        var office = Resolve("commune-economic-office", "tx-hoa-an", After);

        Assert.Equal("cn-vpdk-hoa-an", branch.Unit!.Id);
        Assert.Equal(["p-hoa-an", "x-tan-phu-my"], branch.TakenOverBy.Select(u => u.Id));
        Assert.Equal(UnitResolutionOutcome.Ambiguous, office.Outcome);
        Assert.Equal(["p-hoa-an-kt", "x-tan-phu-my-kt"], office.Candidates.Select(u => u.Id));
        Assert.EndsWith(
            "Các đơn vị kế thừa không cùng dẫn đến một đơn vị loại “Phòng Kinh tế / Kinh tế, Hạ tầng và Đô thị (xã, phường)” (commune-economic-office) (tìm được: Phòng Kinh tế, Hạ tầng và Đô thị phường Hòa An (p-hoa-an-kt) và Phòng Kinh tế xã Tân Phú Mỹ (x-tan-phu-my-kt)); hãy chọn đơn vị kế thừa đã nhận hồ sơ này.",
            office.Explanation);
    }

    [Fact]
    public void The_day_before_the_reform_still_resolves_to_the_town()
    {
        Assert.Equal("tx-hoa-an-ktht", ResolvedId("district-economic-office", "x-tan-phu", Date(2025, 6, 30)));
        Assert.Equal(UnitResolutionOutcome.NotFound, Resolve("district-economic-office", "x-tan-phu", Date(2025, 7, 1)).Outcome);
    }

    [Fact]
    public void A_unit_that_did_not_exist_yet_is_reported_with_its_start_date()
    {
        var resolution = Resolve("commune", "p-hoa-an", Before);

        Assert.Equal(UnitResolutionOutcome.ReceivingUnitNotInForce, resolution.Outcome);
        Assert.Equal("Đơn vị tiếp nhận Phường Hòa An (p-hoa-an) chưa có hiệu lực vào ngày 10/05/2024; đơn vị này có hiệu lực từ 01/07/2025.", resolution.Explanation);
    }

    [Fact]
    public void A_unit_that_ended_without_successors_is_reported()
    {
        var resolution = Resolve("district-justice-office", "tx-hoa-an-tp", After, English);

        Assert.Equal(UnitResolutionOutcome.ReceivingUnitNotInForce, resolution.Outcome);
        Assert.Equal(
            "The receiving unit Hoa An Town Justice Office (tx-hoa-an-tp) ceased on 2025-07-01 and no successor in force on 2025-08-01 took over its dossiers.",
            resolution.Explanation);
    }

    [Fact]
    public void Unknown_kinds_and_units_are_reported_as_such()
    {
        var kind = Resolve("ward-office", "x-tan-phu", Before);
        var unit = Resolve("commune", "x-khong-co", Before);

        Assert.Equal(UnitResolutionOutcome.UnknownKind, kind.Outcome);
        Assert.Equal("Loại đơn vị “ward-office” không có trong tệp tổ chức.", kind.Explanation);
        Assert.Equal(UnitResolutionOutcome.UnknownReceivingUnit, unit.Outcome);
        Assert.Equal("Đơn vị tiếp nhận “x-khong-co” không có trong tệp tổ chức.", unit.Explanation);
    }
}
