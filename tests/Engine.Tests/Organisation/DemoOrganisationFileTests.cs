using System.Globalization;
using NJsonSchema;
using Workflow.Engine.Organisation;
using static Workflow.Engine.Tests.Organisation.DemoOrganisation;

namespace Workflow.Engine.Tests.Organisation;

/// <summary>The repository's organisation file: it loads cleanly, matches its schema, and holds the demo province.</summary>
public class DemoOrganisationFileTests
{
    private static readonly DateOnly Before = Date(2024, 5, 10);
    private static readonly DateOnly After = Date(2025, 8, 1);

    [Fact]
    public void The_file_loads_without_errors_or_warnings()
    {
        Assert.Empty(Result.Problems);
        Assert.NotNull(Result.Model);
    }

    [Fact]
    public async Task The_file_conforms_to_its_json_schema()
    {
        var schema = await JsonSchema.FromFileAsync(RepositoryRoot.File("procedures/organisation.schema.json"));
        var errors = schema.Validate(await File.ReadAllTextAsync(RepositoryRoot.File(OrganisationLoader.RelativePath)));

        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public void The_file_points_editors_at_the_schema()
    {
        var text = File.ReadAllText(RepositoryRoot.File(OrganisationLoader.RelativePath));

        Assert.Contains("\"$schema\": \"../organisation.schema.json\"", text);
    }

    [Fact]
    public void It_declares_the_ten_roles_with_both_names()
    {
        Assert.Equal(
            ["leader", "head", "deputy-head", "specialist", "desk-officer", "civil-status-officer", "land-officer", "tax-officer", "residence-officer", "insurance-officer"],
            Model.Roles.Select(r => r.Id));
        Assert.Equal("Công chức Tư pháp - Hộ tịch", Model.FindRole("civil-status-officer")!.DisplayName());
        Assert.Equal("Justice and civil status officer", Model.FindRole("civil-status-officer")!.DisplayName(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void It_declares_the_unit_kinds_with_their_levels()
    {
        Assert.Equal(
            [
                ("province", AdministrativeLevel.Province), ("service-center", AdministrativeLevel.Province),
                ("department", AdministrativeLevel.Province), ("land-registry-office", AdministrativeLevel.Province),
                ("land-registry-branch", AdministrativeLevel.Province), ("tax-office", AdministrativeLevel.Agency),
                ("district", AdministrativeLevel.District), ("district-economic-office", AdministrativeLevel.District),
                ("district-finance-office", AdministrativeLevel.District), ("district-justice-office", AdministrativeLevel.District),
                ("commune", AdministrativeLevel.Commune), ("commune-police", AdministrativeLevel.Agency),
                ("social-insurance", AdministrativeLevel.Agency), ("commune-economic-office", AdministrativeLevel.Commune),
            ],
            Model.Kinds.Select(k => (k.Id, k.Level)));
    }

    [Theory]
    [InlineData("land-registry-branch", "desk-officer specialist head deputy-head")]
    [InlineData("tax-office", "tax-officer head")]
    [InlineData("commune-police", "head desk-officer specialist residence-officer")]
    [InlineData("social-insurance", "head insurance-officer")]
    [InlineData("district", "leader desk-officer")]
    [InlineData("commune", "leader desk-officer civil-status-officer land-officer specialist")]
    [InlineData("commune-economic-office", "head specialist")]
    public void Each_kind_has_the_roles_that_exist_in_it(string kind, string roles)
    {
        Assert.Equal(roles.Split(' '), Model.FindKind(kind)!.RoleIds);
        Assert.All(roles.Split(' '), role => Assert.True(Model.KindHasRole(kind, role)));
    }

    [Theory]
    [InlineData("commune", "tax-officer")]
    [InlineData("district", "civil-status-officer")]
    [InlineData("tax-office", "desk-officer")]
    [InlineData("no-such-kind", "head")]
    [InlineData("commune", "no-such-role")]
    public void A_role_missing_from_a_kind_is_reported_as_absent(string kind, string role) =>
        Assert.False(Model.KindHasRole(kind, role));

    [Fact]
    public void Every_declared_kind_has_at_least_one_unit_at_some_date()
    {
        Assert.All(Model.Kinds, kind => Assert.True(Model.KindEverHasUnits(kind.Id), kind.Id));
        Assert.False(Model.KindEverHasUnits("no-such-kind"));
    }

    [Fact]
    public void It_holds_the_demo_units()
    {
        Assert.Equal(
            [
                "tinh-binh-minh", "ttpvhcc-binh-minh", "so-xay-dung", "so-tu-phap", "so-tnmt", "so-nnmt", "vpdk-tinh",
                "cn-vpdk-hoa-an", "cn-vpdk-song-xanh", "thue-hoa-an", "thue-song-xanh", "ca-p-hoa-an", "ca-x-tan-phu-my", "ca-x-song-xanh",
                "tx-hoa-an", "tx-hoa-an-ktht", "tx-hoa-an-tckh", "tx-hoa-an-tp", "p-an-lac", "p-hoa-binh", "x-tan-phu", "x-phu-my",
                "p-hoa-an", "p-hoa-an-kt", "x-tan-phu-my", "x-tan-phu-my-kt",
                "h-song-xanh", "h-song-xanh-ktht", "h-song-xanh-tckh", "h-song-xanh-tp", "x-song-xanh", "x-song-xanh-kt",
                "bhxh-hoa-an", "bhxh-song-xanh",
            ],
            Model.UnitIds);
    }

    [Fact]
    public void The_land_registry_office_moves_from_one_department_to_the_next_on_1_March_2025()
    {
        Assert.Equal("so-tnmt", Model.ParentAt("vpdk-tinh", Before)!.Id);
        Assert.Equal("so-tnmt", Model.ParentAt("vpdk-tinh", Date(2025, 2, 28))!.Id);
        Assert.Equal("so-nnmt", Model.ParentAt("vpdk-tinh", Date(2025, 3, 1))!.Id);
        Assert.Equal("so-nnmt", Model.ParentAt("vpdk-tinh", Date(2025, 5, 1))!.Id);
        Assert.Equal(2, Model.HistoryOf("vpdk-tinh").Count);
    }

    [Fact]
    public void A_rename_keeps_the_id_and_changes_the_name_from_its_date()
    {
        Assert.Equal("Xã Hòa Bình", Model.UnitAt("p-hoa-binh", Date(2019, 12, 31))!.Name);
        Assert.Equal("Phường Hòa Bình", Model.UnitAt("p-hoa-binh", Date(2020, 2, 1))!.Name);
        Assert.Equal("Hoa Binh Ward", Model.UnitAt("p-hoa-binh", Before)!.DisplayName(CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public void A_unit_is_looked_up_as_of_a_date_with_an_exclusive_end()
    {
        Assert.NotNull(Model.UnitAt("x-tan-phu", Date(2025, 6, 30)));
        Assert.Null(Model.UnitAt("x-tan-phu", Date(2025, 7, 1)));
        Assert.Null(Model.UnitAt("x-tan-phu-my", Date(2025, 6, 30)));
        Assert.NotNull(Model.UnitAt("x-tan-phu-my", Date(2025, 7, 1)));
        Assert.Null(Model.UnitAt("no-such-unit", Before));
        Assert.False(Model.HasUnit("no-such-unit"));
        Assert.Empty(Model.HistoryOf("no-such-unit"));
    }

    [Fact]
    public void Before_the_reform_communes_sit_under_their_town_and_after_it_under_the_province()
    {
        Assert.Equal(["tx-hoa-an", "tinh-binh-minh"], Model.AncestorsAt("x-tan-phu", Before).Select(u => u.Id));
        Assert.Equal(["tinh-binh-minh"], Model.AncestorsAt("x-tan-phu-my", After).Select(u => u.Id));
        Assert.Equal(["h-song-xanh", "tinh-binh-minh"], Model.AncestorsAt("x-song-xanh", Before).Select(u => u.Id));
        Assert.Equal(["tinh-binh-minh"], Model.AncestorsAt("x-song-xanh", After).Select(u => u.Id));
        Assert.Equal(["vpdk-tinh", "so-tnmt", "tinh-binh-minh"], Model.AncestorsAt("cn-vpdk-hoa-an", Before).Select(u => u.Id));
        Assert.Empty(Model.AncestorsAt("thue-hoa-an", After));
        Assert.Null(Model.ParentAt("tinh-binh-minh", After));
    }

    [Fact]
    public void Children_and_descendants_depend_on_the_date()
    {
        Assert.Equal(
            ["tx-hoa-an-ktht", "tx-hoa-an-tckh", "tx-hoa-an-tp", "p-an-lac", "p-hoa-binh", "x-tan-phu", "x-phu-my"],
            Model.ChildrenAt("tx-hoa-an", Before).Select(u => u.Id));
        Assert.Empty(Model.ChildrenAt("tx-hoa-an", After));
        Assert.Equal(["x-tan-phu-my-kt"], Model.ChildrenAt("x-tan-phu-my", After).Select(u => u.Id));
        Assert.Equal(["vpdk-tinh", "cn-vpdk-hoa-an", "cn-vpdk-song-xanh"], Model.DescendantsAt("so-nnmt", After).Select(u => u.Id));
        Assert.Empty(Model.DescendantsAt("so-nnmt", Before));
    }

    [Fact]
    public void Units_in_force_and_units_of_a_kind_depend_on_the_date()
    {
        Assert.Equal(["tx-hoa-an", "h-song-xanh"], Model.UnitsOfKindAt("district", Before).Select(u => u.Id));
        Assert.Empty(Model.UnitsOfKindAt("district", After));
        Assert.Equal(["p-hoa-an", "x-tan-phu-my", "x-song-xanh"], Model.UnitsOfKindAt("commune", After).Select(u => u.Id));
        Assert.Equal(
            ["p-an-lac", "p-hoa-binh", "p-hoa-binh", "x-tan-phu", "x-phu-my", "p-hoa-an", "x-tan-phu-my", "x-song-xanh", "x-song-xanh"],
            Model.UnitsOfKind("commune").Select(u => u.Id));
        Assert.DoesNotContain(Model.UnitsAt(Before), u => u.Id == "p-hoa-an");
        Assert.DoesNotContain(Model.UnitsAt(After), u => Model.FindKind(u.KindId)!.Level == AdministrativeLevel.District);
        Assert.Equal(Model.UnitIds.Count, Model.UnitsAt(Before).Count + 8 /* units created on 01/07/2025 or 01/03/2025 */);
    }

    [Fact]
    public void Since_1_July_2025_every_commune_is_directly_under_the_province()
    {
        Assert.All(Model.UnitsOfKindAt("commune", After), commune => Assert.Equal("tinh-binh-minh", commune.ParentId));
        Assert.All(Model.UnitsOfKindAt("commune", Before), commune => Assert.Equal("district", Model.ParentAt(commune.Id, Before)!.KindId));
    }

    [Fact]
    public void Every_district_level_unit_ends_with_the_district_level()
    {
        var districtUnits = Model.Records.Where(r => Model.FindKind(r.KindId)!.Level == AdministrativeLevel.District).ToList();

        Assert.NotEmpty(districtUnits);
        Assert.All(districtUnits, unit => Assert.Equal(Date(2025, 7, 1), unit.ValidTo));
    }

    [Fact]
    public void Merged_units_list_the_units_that_took_over_their_dossiers()
    {
        Assert.Equal(["p-hoa-an"], Model.SuccessorsOf("p-an-lac"));
        Assert.Equal(["p-hoa-an"], Model.SuccessorsOf("p-hoa-binh"));
        Assert.Equal(["x-tan-phu-my"], Model.SuccessorsOf("x-tan-phu"));
        Assert.Equal(["x-tan-phu-my"], Model.SuccessorsOf("x-phu-my"));
        Assert.Equal(["p-hoa-an", "x-tan-phu-my"], Model.SuccessorsOf("tx-hoa-an"));
        Assert.Equal(["x-song-xanh"], Model.SuccessorsOf("h-song-xanh"));
        Assert.Equal(["so-nnmt"], Model.SuccessorsOf("so-tnmt"));
        Assert.Empty(Model.SuccessorsOf("x-tan-phu-my"));
        Assert.Empty(Model.SuccessorsOf("x-song-xanh"));
    }

    [Fact]
    public void Successors_on_a_date_are_the_units_then_in_force_that_carry_on()
    {
        Assert.Equal(["x-tan-phu-my"], Model.SuccessorsAt("x-tan-phu", After).Select(u => u.Id));
        Assert.Equal(["p-hoa-an", "x-tan-phu-my"], Model.SuccessorsAt("tx-hoa-an", After).Select(u => u.Id));
        Assert.Empty(Model.SuccessorsAt("x-tan-phu", Before));
        Assert.Empty(Model.SuccessorsAt("tx-hoa-an-tp", After));
        Assert.Equal(Date(2025, 7, 1), Model.EndOf("x-tan-phu"));
        Assert.Null(Model.EndOf("x-tan-phu-my"));
    }

    [Fact]
    public void A_unit_is_found_by_its_agency_code_on_a_date()
    {
        Assert.Equal("x-tan-phu", Model.FindByCode("H55.24.23", Before)!.Id);
        Assert.Null(Model.FindByCode("H55.24.23", After));
        Assert.Equal("x-song-xanh", Model.FindByCode("H55.26.21", Before)!.Id);
        Assert.Equal("x-song-xanh", Model.FindByCode("H55.33", After)!.Id);
        Assert.Equal("vpdk-tinh", Model.FindByCode("H55.20", After)!.Id);
    }

    [Fact]
    public void The_land_branch_serves_the_town_before_the_reform_and_the_new_communes_after_it()
    {
        Assert.Equal(["cn-vpdk-hoa-an", "thue-hoa-an"], Model.ServingUnitsAt("tx-hoa-an", Before).Select(u => u.Id));
        Assert.Equal(["cn-vpdk-hoa-an", "thue-hoa-an", "ca-x-tan-phu-my", "bhxh-hoa-an"], Model.ServingUnitsAt("x-tan-phu-my", After).Select(u => u.Id));
        Assert.Equal(["cn-vpdk-song-xanh", "thue-song-xanh", "ca-x-song-xanh", "bhxh-song-xanh"], Model.ServingUnitsAt("x-song-xanh", After).Select(u => u.Id));
        Assert.Equal(["ca-x-tan-phu-my"], Model.ServingUnitsAt("x-tan-phu", Before).Select(u => u.Id));
    }

    [Fact]
    public void The_tax_office_was_renamed_when_the_tax_administration_was_reorganised()
    {
        Assert.Equal("Chi cục Thuế thị xã Hòa An", Model.UnitAt("thue-hoa-an", Before)!.Name);
        Assert.Equal("Thuế cơ sở 3 tỉnh Bình Minh", Model.UnitAt("thue-hoa-an", Date(2025, 3, 1))!.Name);
        Assert.Null(Model.UnitAt("thue-hoa-an", Before)!.ParentId);
    }
}
