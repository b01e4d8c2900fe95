using Workflow.Engine.Organisation;
using Workflow.Engine.Organisation.Administration;
using Workflow.Engine.Runtime.Errors;

namespace Workflow.Engine.Tests.Organisation;

/// <summary>Changes an administrator may not make are refused naming the field, in Vietnamese then English.</summary>
public class OrganisationEditorTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    public static TheoryData<OrganisationChange, string, string> Refusals() => new()
    {
        { new(OrganisationChangeKind.MergeUnit, "so-xay-dung", Today.AddDays(-1), SuccessorId: "so-nnmt"), "effective-date-past", "effectiveDate" },
        { new(OrganisationChangeKind.MergeUnit, "so-xay-dung", Today, SuccessorId: "so-khong-co"), "unit-unknown", "successorId" },
        { new(OrganisationChangeKind.MergeUnit, "so-xay-dung", Today, SuccessorId: "so-xay-dung"), "successor-cycle", "successorId" },
        { new(OrganisationChangeKind.AbolishUnit, "so-tnmt", Today, SuccessorId: "so-nnmt"), "unit-not-in-force", "unitId" },
        { new(OrganisationChangeKind.AbolishUnit, "vpdk-tinh", Today, SuccessorId: "so-nnmt"), "unit-has-divisions", "unitId" },
        { new(OrganisationChangeKind.MoveUnit, "vpdk-tinh", Today, ParentId: "cn-vpdk-hoa-an"), "parent-cycle", "parentId" },
        { new(OrganisationChangeKind.CreateUnit, "Phong Moi", Today, Name: "Phòng mới", Code: "H55.99", KindId: "department"), "id-invalid", "unitId" },
        { new(OrganisationChangeKind.CreateUnit, "phong-moi", Today, Name: "Phòng mới", Code: "H55.10", KindId: "department"), "organisation-invalid", "code" },
        { new(OrganisationChangeKind.MergeUnit, "so-xay-dung", null, SuccessorId: "so-nnmt"), "effective-date-required", "effectiveDate" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_change_that_cannot_be_made_is_refused_naming_the_field(OrganisationChange change, string code, string field)
    {
        var refused = Assert.Throws<WorkflowException>(() => OrganisationEditor.Apply(DemoOrganisation.Model, null, change, Today));
        Assert.Equal((WorkflowErrorKind.Invalid, code, field), (refused.Kind, refused.Code, refused.Field));
        Assert.Contains(" / ", refused.Message);
    }

    [Fact]
    public void Merging_a_department_moves_its_divisions_under_the_successor_from_that_day()
    {
        var day = new DateOnly(2026, 4, 1);
        var edited = OrganisationEditor.Apply(DemoOrganisation.Model, null,
            new OrganisationChange(OrganisationChangeKind.MergeUnit, "so-nnmt", day, SuccessorId: "so-xay-dung"), Today);
        Assert.Equal("so-nnmt", edited.Model.UnitAt("vpdk-tinh", day.AddDays(-1))!.ParentId);
        Assert.Equal("so-xay-dung", edited.Model.UnitAt("vpdk-tinh", day)!.ParentId);
        Assert.Contains("Văn phòng Đăng ký", edited.Summary);
    }

    [Fact]
    public void A_unit_with_a_scheduled_change_is_changed_again_from_that_day_on_and_a_day_before_it_is_named_in_the_refusal()
    {
        var renamed = OrganisationEditor.Apply(DemoOrganisation.Model, null,
            new OrganisationChange(OrganisationChangeKind.RenameUnit, "so-xay-dung", new DateOnly(2026, 6, 1), Name: "Sở Xây dựng và Đô thị"), Today).Model;

        var before = Assert.Throws<WorkflowException>(() => OrganisationEditor.Apply(renamed, null,
            new OrganisationChange(OrganisationChangeKind.MergeUnit, "so-xay-dung", new DateOnly(2026, 4, 1), SuccessorId: "so-nnmt"), Today));
        Assert.Equal(("unit-has-later-records", "effectiveDate"), (before.Code, before.Field));
        Assert.Contains("từ 01/06/2026 trở đi", before.Message);

        var merged = OrganisationEditor.Apply(renamed, null,
            new OrganisationChange(OrganisationChangeKind.MergeUnit, "so-xay-dung", new DateOnly(2026, 9, 1), SuccessorId: "so-nnmt"), Today).Model;
        Assert.Equal("Sở Xây dựng và Đô thị", merged.UnitAt("so-xay-dung", new DateOnly(2026, 8, 31))!.Name);
        Assert.Null(merged.UnitAt("so-xay-dung", new DateOnly(2026, 9, 1)));
        Assert.Equal(["so-nnmt"], merged.SuccessorsOf("so-xay-dung"));
    }
}
