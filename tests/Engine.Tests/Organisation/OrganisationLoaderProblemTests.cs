using System.Globalization;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Organisation;

namespace Workflow.Engine.Tests.Organisation;

/// <summary>
/// One small inline file per problem the loader reports, asserting the code, the position
/// (line, column of the token a person would look at) and the JSON path.
/// </summary>
public class OrganisationLoaderProblemTests
{
    private const string File = "procedures/organisation/organisation.json";

    private static OrganisationLoadResult Load(string json, CultureInfo? culture = null) => OrganisationLoader.Load(json, File, culture);

    /// <summary>The only problem with <paramref name="code"/>, checked for position and path.</summary>
    private static Problem Single(OrganisationLoadResult result, string code, int line, int column, string path)
    {
        var matching = result.Problems.Where(p => p.Code == code).ToList();
        Assert.True(matching.Count == 1, $"Expected one {code}, got: {string.Join(" | ", result.Problems)}");
        var problem = matching[0];
        Assert.Equal(File, problem.File);
        Assert.Equal((line, column, path), (problem.Line, problem.Column, problem.JsonPath));
        return problem;
    }

    private static void OnlyCodes(OrganisationLoadResult result, params string[] codes) =>
        Assert.Equal(codes.Order(), result.Problems.Select(p => p.Code).Order());

    [Fact]
    public void A_small_valid_file_loads_without_problems()
    {
        var result = Load("""
            {
              "$schema": "../organisation.schema.json",
              "roles": [{ "id": "head", "name": "Trưởng đơn vị", "nameEn": "Head" }],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": ["head"] }],
              "units": [
                { "id": "root", "code": "H01", "name": "Gốc", "kind": "office", "validFrom": "2020-01-01" },
                { "id": "child", "code": "H01.01", "name": "Con", "kind": "office", "parent": "root", "validFrom": "2020-01-01" }
              ]
            }
            """);

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Model);
        Assert.Equal(["root", "child"], result.Model.UnitIds.ToArray());
    }

    [Fact]
    public void Malformed_json_is_ORG001_at_the_offending_character()
    {
        var result = Load("""
            {
              "roles": [
                { "id": "head" "name": "Trưởng" }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.MalformedJson, 3, 20, "$.roles[0].id");
        Assert.StartsWith("Tệp tổ chức không phải là JSON hợp lệ", problem.Message);
        Assert.Null(result.Model);
    }

    [Fact]
    public void Text_after_the_end_of_the_json_is_ORG001()
    {
        var result = Load("{ \"roles\": [], \"kinds\": [], \"units\": [] }\n}");

        Single(result, OrganisationProblemCodes.MalformedJson, 2, 1, "$");
    }

    [Fact]
    public void A_file_that_stops_early_is_ORG001_just_after_its_last_character()
    {
        var result = Load("{\n  \"roles\": [");

        var problem = Single(result, OrganisationProblemCodes.MalformedJson, 2, 13, "$.roles");
        Assert.Null(result.Model);
        Assert.Contains("Unexpected end", problem.Message);
    }

    [Fact]
    public void A_repeated_field_is_ORG001_rather_than_a_silent_replacement()
    {
        var result = Load("""
            {
              "roles": [],
              "roles": [],
              "kinds": [],
              "units": []
            }
            """);

        Assert.Equal(OrganisationProblemCodes.MalformedJson, Assert.Single(result.Problems).Code);
        Assert.Equal(3, result.Problems[0].Line);
    }

    [Fact]
    public void An_unknown_field_is_ORG002_at_the_field()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01", "colour": "blue" }
              ],
              "version": 2
            }
            """);

        var problems = result.Problems.Where(p => p.Code == OrganisationProblemCodes.UnknownField).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Equal((5, 91, "$.units[0].colour"), (problems[0].Line, problems[0].Column, problems[0].JsonPath));
        Assert.Equal((7, 3, "$.version"), (problems[1].Line, problems[1].Column, problems[1].JsonPath));
        Assert.Contains("“colour”", problems[0].Message);
        Assert.Contains("id, code, name, nameEn, kind, parent, validFrom, validTo, serves, successors", problems[0].Message);
    }

    [Fact]
    public void A_missing_section_is_ORG003_at_the_object_that_lacks_it()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": []
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.MissingField, 1, 1, "$");
        Assert.Equal("Thiếu trường bắt buộc “units” trong tệp tổ chức.", problem.Message);
    }

    [Fact]
    public void A_missing_unit_field_is_ORG003_at_the_unit()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "name": "A", "kind": "office", "validFrom": "2020-01-01" }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.MissingField, 5, 5, "$.units[0]");
        Assert.Equal("Thiếu trường bắt buộc “code” trong một bản ghi đơn vị.", problem.Message);
    }

    [Fact]
    public void Values_of_the_wrong_type_are_ORG004()
    {
        var result = Load("""
            {
              "roles": ["head"],
              "kinds": {},
              "units": [
                { "id": "a", "code": "H01", "name": 7, "kind": "office", "validFrom": "2020-01-01", "serves": "b" }
              ]
            }
            """);

        var problems = result.Problems.Where(p => p.Code == OrganisationProblemCodes.WrongType).ToList();
        Assert.Equal(
            [(2, 13, "$.roles[0]"), (3, 3, "$.kinds"), (5, 33, "$.units[0].name"), (5, 89, "$.units[0].serves")],
            problems.Select(p => (p.Line, p.Column, p.JsonPath)));
        Assert.Equal("Mỗi phần tử của “roles” phải là một đối tượng, nhưng phần tử này là một chuỗi.", problems[0].Message);
        Assert.Equal("Trường “kinds” phải là một mảng, nhưng đang là một đối tượng.", problems[1].Message);
        Assert.Equal("Trường “name” phải là một chuỗi, nhưng đang là một số nguyên.", problems[2].Message);
    }

    [Fact]
    public void A_file_that_is_not_an_object_is_ORG004_at_its_start()
    {
        var result = Load("[]");

        var problem = Single(result, OrganisationProblemCodes.WrongType, 1, 1, "$");
        Assert.Contains("một mảng", problem.Message);
    }

    [Fact]
    public void A_malformed_id_is_ORG005()
    {
        var result = Load("""
            {
              "roles": [{ "id": "Head", "name": "Trưởng đơn vị", "nameEn": "Head" }],
              "kinds": [],
              "units": [
                { "id": "xa_tan_phu", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01" }
              ]
            }
            """);

        var problems = result.Problems.Where(p => p.Code == OrganisationProblemCodes.InvalidId).ToList();
        Assert.Equal([(2, 15, "$.roles[0].id"), (5, 7, "$.units[0].id")], problems.Select(p => (p.Line, p.Column, p.JsonPath)));
        Assert.StartsWith("Mã định danh “Head” không hợp lệ", problems[0].Message);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_ORG006()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2025-02-30" },
                { "id": "b", "code": "H02", "name": "B", "kind": "office", "validFrom": "2025-01-01", "validTo": "01/07/2025" }
              ]
            }
            """);

        var problems = result.Problems.Where(p => p.Code == OrganisationProblemCodes.InvalidDate).ToList();
        Assert.Equal([(5, 64, "$.units[0].validFrom"), (6, 91, "$.units[1].validTo")], problems.Select(p => (p.Line, p.Column, p.JsonPath)));
        Assert.Equal("“2025-02-30” ở trường “validFrom” không phải là ngày hợp lệ: hãy ghi một ngày có thật theo dạng yyyy-MM-dd (ví dụ 2025-07-01).", problems[0].Message);
    }

    [Fact]
    public void A_malformed_agency_code_is_ORG007()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "h55-24", "name": "A", "kind": "office", "validFrom": "2020-01-01" }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.InvalidAgencyCode, 5, 18, "$.units[0].code");
        Assert.Contains("H55.24.03", problem.Message);
    }

    [Fact]
    public void An_unknown_level_is_ORG008()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [
                { "id": "ward", "name": "Phường", "nameEn": "Ward", "level": "ward", "roles": [] }
              ],
              "units": []
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.InvalidLevel, 4, 57, "$.kinds[0].level");
        Assert.Equal("Cấp “ward” không hợp lệ; chỉ dùng một trong các giá trị province, district, commune, agency.", problem.Message);
    }

    [Fact]
    public void A_blank_name_is_ORG009()
    {
        var result = Load("""
            {
              "roles": [{ "id": "head", "name": "  ", "nameEn": "Head" }],
              "kinds": [],
              "units": []
            }
            """);

        Single(result, OrganisationProblemCodes.EmptyText, 2, 29, "$.roles[0].name");
    }

    [Fact]
    public void A_role_declared_twice_is_ORG010_at_the_second()
    {
        var result = Load("""
            {
              "roles": [
                { "id": "head", "name": "Trưởng đơn vị", "nameEn": "Head" },
                { "id": "head", "name": "Thủ trưởng", "nameEn": "Chief" }
              ],
              "kinds": [],
              "units": []
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.DuplicateRole, 4, 7, "$.roles[1].id");
        Assert.Equal("Vai trò “head” đã được khai báo ở dòng 3; mỗi vai trò chỉ khai báo một lần.", problem.Message);
    }

    [Fact]
    public void A_kind_declared_twice_is_ORG011_at_the_second()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [
                { "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] },
                { "id": "office", "name": "Phòng", "nameEn": "Office", "level": "district", "roles": [] }
              ],
              "units": []
            }
            """);

        Single(result, OrganisationProblemCodes.DuplicateKind, 5, 7, "$.kinds[1].id");
    }

    [Fact]
    public void A_kind_listing_an_undeclared_role_is_ORG012_at_the_role()
    {
        var result = Load("""
            {
              "roles": [{ "id": "head", "name": "Trưởng đơn vị", "nameEn": "Head" }],
              "kinds": [
                { "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": ["head", "boss"] }
              ],
              "units": []
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.UnknownRole, 4, 99, "$.kinds[0].roles[1]");
        Assert.Equal("Loại đơn vị “office” liệt kê vai trò “boss” nhưng vai trò này chưa được khai báo trong “roles”.", problem.Message);
    }

    [Fact]
    public void An_id_listed_twice_is_ORG013_at_the_repetition()
    {
        var result = Load("""
            {
              "roles": [{ "id": "head", "name": "Trưởng đơn vị", "nameEn": "Head" }],
              "kinds": [
                { "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": ["head", "head"] }
              ],
              "units": []
            }
            """);

        Single(result, OrganisationProblemCodes.DuplicateEntry, 4, 99, "$.kinds[0].roles[1]");
    }

    [Fact]
    public void A_unit_of_an_undeclared_kind_is_ORG014()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "ward", "validFrom": "2020-01-01" }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.UnknownKind, 5, 46, "$.units[0].kind");
        Assert.Equal("Đơn vị “a” thuộc loại “ward” nhưng loại này chưa được khai báo trong “kinds”.", problem.Message);
    }

    [Fact]
    public void A_parent_without_any_record_is_ORG015()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "parent": "nowhere", "validFrom": "2020-01-01" }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.UnknownParent, 5, 64, "$.units[0].parent");
        Assert.Equal("Đơn vị cấp trên “nowhere” của “a” không có bản ghi nào trong “units”.", problem.Message);
    }

    [Fact]
    public void Serving_a_unit_without_any_record_is_ORG016()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01", "serves": ["b", "c"] },
                { "id": "b", "code": "H02", "name": "B", "kind": "office", "validFrom": "2020-01-01" }
              ]
            }
            """);

        Single(result, OrganisationProblemCodes.UnknownServedUnit, 5, 107, "$.units[0].serves[1]");
    }

    [Fact]
    public void A_successor_without_any_record_is_ORG017()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01", "validTo": "2025-07-01", "successors": ["z"] }
              ]
            }
            """);

        Single(result, OrganisationProblemCodes.UnknownSuccessor, 5, 131, "$.units[0].successors[0]");
    }

    [Fact]
    public void ValidTo_on_or_before_validFrom_is_ORG018()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2025-07-01", "validTo": "2025-07-01" }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.EmptyPeriod, 5, 91, "$.units[0].validTo");
        Assert.Equal("Ngày validTo 01/07/2025 của đơn vị “a” phải sau ngày validFrom 01/07/2025 (validTo là ngày đầu tiên bản ghi không còn hiệu lực).", problem.Message);
    }

    [Fact]
    public void Overlapping_records_of_one_unit_are_ORG019_at_the_later_record()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01", "validTo": "2025-07-01" },
                { "id": "a", "code": "H01", "name": "A mới", "kind": "office", "validFrom": "2025-06-30" }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.OverlappingPeriods, 6, 68, "$.units[1].validFrom");
        Assert.Equal(
            "Bản ghi này của đơn vị “a” (từ 30/06/2025, không thời hạn) trùng thời gian với bản ghi ở dòng 5 (từ 01/01/2020 đến trước 01/07/2025); các bản ghi của cùng một đơn vị không được có hiệu lực cùng một ngày.",
            problem.Message);
    }

    [Fact]
    public void A_parent_that_ends_before_its_child_is_ORG020_naming_the_first_uncovered_day()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "town", "code": "H01", "name": "Thị xã", "kind": "office", "validFrom": "2010-01-01", "validTo": "2025-07-01" },
                { "id": "ward", "code": "H01.01", "name": "Phường", "kind": "office", "parent": "town", "validFrom": "2010-01-01" }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.ParentNotInForce, 6, 75, "$.units[1].parent");
        Assert.StartsWith("Đơn vị cấp trên “town” không có hiệu lực vào ngày 01/07/2025, trong khi bản ghi này của “ward” vẫn có hiệu lực (từ 01/01/2010, không thời hạn)", problem.Message);
    }

    [Fact]
    public void A_parent_made_of_consecutive_records_covers_its_child()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "dept", "code": "H01", "name": "Sở cũ", "kind": "office", "validFrom": "2010-01-01", "validTo": "2025-03-01" },
                { "id": "dept", "code": "H01", "name": "Sở mới", "kind": "office", "validFrom": "2025-03-01" },
                { "id": "office", "code": "H01.01", "name": "Văn phòng", "kind": "office", "parent": "dept", "validFrom": "2016-01-01" },
                { "id": "late", "code": "H01.02", "name": "Muộn", "kind": "office", "parent": "dept", "validFrom": "2005-01-01" }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.ParentNotInForce, 8, 73, "$.units[3].parent");
        Assert.Contains("01/01/2005", problem.Message);
    }

    [Fact]
    public void Parents_that_lead_back_to_the_start_are_ORG021_with_the_cycle_and_its_day()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "parent": "b", "validFrom": "2020-01-01" },
                { "id": "b", "code": "H02", "name": "B", "kind": "office", "parent": "c", "validFrom": "2020-01-01" },
                { "id": "c", "code": "H03", "name": "C", "kind": "office", "parent": "a", "validFrom": "2020-01-01" },
                { "id": "d", "code": "H04", "name": "D", "kind": "office", "parent": "d", "validFrom": "2020-01-01" }
              ]
            }
            """);

        var problems = result.Problems.Where(p => p.Code == OrganisationProblemCodes.ParentCycle).ToList();
        Assert.Equal([(5, 64, "$.units[0].parent"), (8, 64, "$.units[3].parent")], problems.Select(p => (p.Line, p.Column, p.JsonPath)));
        Assert.Equal("Quan hệ cấp trên tạo thành vòng lặp vào ngày 01/01/2020: a → b → c → a; một đơn vị không thể là cấp trên của chính mình.", problems[0].Message);
        Assert.Contains("d → d", problems[1].Message);
    }

    [Fact]
    public void Parent_links_that_would_cycle_only_in_different_periods_are_not_a_cycle()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2010-01-01", "validTo": "2020-01-01" },
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "parent": "b", "validFrom": "2020-01-01" },
                { "id": "b", "code": "H02", "name": "B", "kind": "office", "parent": "a", "validFrom": "2010-01-01", "validTo": "2020-01-01" },
                { "id": "b", "code": "H02", "name": "B", "kind": "office", "validFrom": "2020-01-01" }
              ]
            }
            """);

        Assert.Empty(result.Problems);
        Assert.Equal("a", result.Model!.ParentAt("b", new DateOnly(2015, 1, 1))!.Id);
        Assert.Equal("b", result.Model.ParentAt("a", new DateOnly(2021, 1, 1))!.Id);
    }

    [Fact]
    public void Two_units_in_force_together_with_one_agency_code_are_ORG022()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01", "validTo": "2025-07-01" },
                { "id": "b", "code": "H01", "name": "B", "kind": "office", "validFrom": "2025-01-01" },
                { "id": "c", "code": "H01", "name": "C", "kind": "office", "validFrom": "2025-07-01", "validTo": "2025-08-01" }
              ]
            }
            """);

        var problems = result.Problems.Where(p => p.Code == OrganisationProblemCodes.DuplicateAgencyCode).ToList();
        Assert.Equal([(6, 18, "$.units[1].code"), (7, 18, "$.units[2].code")], problems.Select(p => (p.Line, p.Column, p.JsonPath)));
        Assert.Equal("Mã cơ quan “H01” của đơn vị “b” trùng với mã của “a” (dòng 5) vào ngày 01/01/2025; hai đơn vị cùng có hiệu lực không được dùng chung một mã.", problems[0].Message);
        Assert.Contains("“b” (dòng 6) vào ngày 01/07/2025", problems[1].Message);
    }

    [Fact]
    public void One_code_reused_after_the_first_unit_ended_is_allowed()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01", "validTo": "2025-07-01" },
                { "id": "b", "code": "H01", "name": "B", "kind": "office", "validFrom": "2025-07-01" }
              ]
            }
            """);

        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Successors_on_a_record_that_does_not_end_are_ORG023()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01", "successors": ["b"] },
                { "id": "b", "code": "H02", "name": "B", "kind": "office", "validFrom": "2020-01-01" }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.SuccessorsOnLiveRecord, 5, 91, "$.units[0].successors");
        Assert.StartsWith("Bản ghi này của đơn vị “a” không có validTo", problem.Message);
    }

    [Fact]
    public void Successors_on_a_record_that_is_not_the_last_are_ORG023()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "Xã A", "kind": "office", "validFrom": "2010-01-01", "validTo": "2020-01-01", "successors": ["b"] },
                { "id": "a", "code": "H01", "name": "Phường A", "kind": "office", "validFrom": "2020-01-01", "validTo": "2025-07-01" },
                { "id": "b", "code": "H02", "name": "B", "kind": "office", "validFrom": "2010-01-01" }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.SuccessorsOnLiveRecord, 5, 119, "$.units[0].successors");
        Assert.StartsWith("Đơn vị “a” vẫn tiếp tục với một bản ghi khác từ ngày 01/01/2020", problem.Message);
    }

    [Fact]
    public void A_successor_not_in_force_on_the_day_the_unit_ends_is_ORG024()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01", "validTo": "2025-07-01", "successors": ["b", "c"] },
                { "id": "b", "code": "H02", "name": "B", "kind": "office", "validFrom": "2025-07-01" },
                { "id": "c", "code": "H03", "name": "C", "kind": "office", "validFrom": "2025-07-02" }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.SuccessorNotInForce, 5, 136, "$.units[0].successors[1]");
        Assert.Equal("Đơn vị kế thừa “c” không có hiệu lực vào ngày 01/07/2025, ngày “a” chấm dứt; đơn vị kế thừa phải nhận hồ sơ ngay từ ngày đó.", problem.Message);
    }

    [Fact]
    public void A_unit_listing_itself_is_ORG025()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01", "serves": ["a"] }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.SelfReference, 5, 102, "$.units[0].serves[0]");
        Assert.Equal("Đơn vị “a” tự liệt kê chính mình trong “serves”.", problem.Message);
    }

    [Fact]
    public void Serving_a_unit_never_in_force_at_the_time_is_the_warning_ORG026_and_the_model_still_loads()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "office", "validFrom": "2020-01-01", "validTo": "2025-07-01", "serves": ["b"] },
                { "id": "b", "code": "H02", "name": "B", "kind": "office", "validFrom": "2025-07-01" }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.ServedUnitNeverInForce, 5, 127, "$.units[0].serves[0]");
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.False(result.HasErrors);
        Assert.NotNull(result.Model);
    }

    [Fact]
    public void Two_units_of_one_kind_serving_one_unit_together_is_the_warning_ORG027()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [{ "id": "branch", "name": "Chi nhánh", "nameEn": "Branch", "level": "province", "roles": [] }],
              "units": [
                { "id": "town", "code": "H01", "name": "Thị xã", "kind": "branch", "validFrom": "2020-01-01" },
                { "id": "b1", "code": "H02", "name": "CN 1", "kind": "branch", "validFrom": "2020-01-01", "serves": ["town"] },
                { "id": "b2", "code": "H03", "name": "CN 2", "kind": "branch", "validFrom": "2024-01-01", "serves": ["town"] }
              ]
            }
            """);

        var problem = Single(result, OrganisationProblemCodes.SharedService, 7, 106, "$.units[2].serves[0]");
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("“b2” và “b1” (dòng 6) cùng loại “branch” và cùng phục vụ “town” vào ngày 01/01/2024", problem.Message);
    }

    [Fact]
    public void Every_problem_is_reported_in_one_pass_and_no_model_is_built()
    {
        var result = Load("""
            {
              "roles": [{ "id": "head", "name": "Trưởng đơn vị", "nameEn": "Head" }],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "county", "roles": ["boss"] }],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "ward", "parent": "ghost", "validFrom": "2020-13-01" },
                { "id": "b", "code": "h02", "name": "B", "kind": "office", "validFrom": "2020-01-01", "extra": true }
              ]
            }
            """);

        OnlyCodes(
            result,
            OrganisationProblemCodes.InvalidLevel,
            OrganisationProblemCodes.UnknownRole,
            OrganisationProblemCodes.InvalidDate,
            OrganisationProblemCodes.UnknownKind,
            OrganisationProblemCodes.UnknownParent,
            OrganisationProblemCodes.InvalidAgencyCode,
            OrganisationProblemCodes.UnknownField);
        Assert.Null(result.Model);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Messages_are_in_English_when_an_English_culture_is_given()
    {
        var json = """
            {
              "roles": [],
              "kinds": [{ "id": "office", "name": "Phòng", "nameEn": "Office", "level": "province", "roles": [] }],
              "units": [
                { "id": "town", "code": "H01", "name": "Thị xã", "kind": "office", "validFrom": "2010-01-01", "validTo": "2025-07-01" },
                { "id": "ward", "code": "H01.01", "name": "Phường", "kind": "office", "parent": "town", "validFrom": "2010-01-01" }
              ]
            }
            """;

        var english = Assert.Single(Load(json, CultureInfo.GetCultureInfo("en-US")).Problems);
        var vietnamese = Assert.Single(Load(json).Problems);

        Assert.Equal(
            "The parent \"town\" is not in force on 2025-07-01, yet this record of \"ward\" is (from 2010-01-01, open-ended); a parent must be in force for the whole period of its child. End the record earlier or start a new record with the new parent.",
            english.Message);
        Assert.Equal((english.Code, english.Line, english.Column, english.JsonPath), (vietnamese.Code, vietnamese.Line, vietnamese.Column, vietnamese.JsonPath));
        Assert.Equal(vietnamese.Message, Assert.Single(Load(json, CultureInfo.GetCultureInfo("vi-VN")).Problems).Message);
    }

    [Fact]
    public void A_problem_prints_in_the_conventional_one_line_form()
    {
        var result = Load("""
            {
              "roles": [],
              "kinds": [],
              "units": [
                { "id": "a", "code": "H01", "name": "A", "kind": "ward", "validFrom": "2020-01-01" }
              ]
            }
            """);

        Assert.Equal(
            "procedures/organisation/organisation.json:5:46: error ORG014 at $.units[0].kind: Đơn vị “a” thuộc loại “ward” nhưng loại này chưa được khai báo trong “kinds”.",
            Assert.Single(result.Problems).ToString());
    }
}
