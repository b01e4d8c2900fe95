using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Forms.Rendering;
using Workflow.Engine.Documents.Forms.Samples;
using Workflow.Engine.Documents.Forms.Templates;

namespace Workflow.Engine.Tests.Documents;

/// <summary>The two template sets load cleanly, number and name their forms as the circulars do, and are chosen by the receipt date.</summary>
public class FormTemplateSetTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public void The_repository_sets_load_without_problems()
    {
        Assert.Empty(RepositoryForms.Result.Problems);
        Assert.Equal(["tt01-2018", "tt03-2025"], RepositoryForms.Catalog.Sets.Select(s => s.Id));
    }

    [Theory]
    [InlineData("tt01-2018", FormPurpose.Receipt, "01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "A5 portrait")]
    [InlineData("tt01-2018", FormPurpose.SupplementRequest, "02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "A5 portrait")]
    [InlineData("tt01-2018", FormPurpose.Refusal, "03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "A5 portrait")]
    [InlineData("tt01-2018", FormPurpose.Apology, "04", "Phiếu xin lỗi và hẹn lại ngày trả kết quả", "A5 portrait")]
    [InlineData("tt01-2018", FormPurpose.ControlSheet, "05", "Phiếu kiểm soát quá trình giải quyết hồ sơ", "A5 portrait")]
    [InlineData("tt01-2018", FormPurpose.RegisterBook, "06", "Sổ theo dõi hồ sơ", "A4 landscape")]
    [InlineData("tt03-2025", FormPurpose.Receipt, "01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "A5 portrait")]
    [InlineData("tt03-2025", FormPurpose.SupplementRequest, "02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "A5 portrait")]
    [InlineData("tt03-2025", FormPurpose.Refusal, "03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "A5 portrait")]
    [InlineData("tt03-2025", FormPurpose.Apology, "04", "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết", "A5 portrait")]
    [InlineData("tt03-2025", FormPurpose.StopNotice, "05", "Thông báo dừng giải quyết hồ sơ", "A5 portrait")]
    [InlineData("tt03-2025", FormPurpose.ControlSheet, "06", "Phiếu kiểm soát quá trình giải quyết hồ sơ", "A5 portrait")]
    [InlineData("tt03-2025", FormPurpose.RegisterBook, "07", "Sổ theo dõi hồ sơ", "A4 landscape")]
    public void Each_set_numbers_and_titles_its_forms_as_its_circular_does(string setId, string purpose, string number, string title, string paper)
    {
        var form = RepositoryForms.Catalog.FindSet(setId)!.FindForm(purpose)!;

        Assert.Equal((number, title, paper), (form.Number, form.Title, form.Paper.Css));
    }

    [Fact]
    public void The_2018_set_has_no_stop_notice_and_says_so_when_asked_for_one()
    {
        var tt01 = RepositoryForms.Catalog.FindSet("tt01-2018")!;
        var data = SampleFormData.StopNotice with { Dossier = SampleFormData.Dossier with { ReceivedAt = new DateTimeOffset(2024, 5, 6, 9, 0, 0, Vietnam) } };

        Assert.Null(tt01.FindForm(FormPurpose.StopNotice));
        var error = Assert.Throws<FormRenderException>(() => RepositoryForms.Renderer.Render(data));
        Assert.Contains("tt01-2018", error.Message);
        Assert.Contains("stop-notice", error.Message);
    }

    [Theory]
    [InlineData("2019-01-06T08:00:00+07:00", "tt01-2018")]
    [InlineData("2025-06-30T23:59:59+07:00", "tt01-2018")]
    // 17:30 UTC on 30 June is 00:30 on 1 July in Vietnam: the Vietnamese calendar day decides.
    [InlineData("2025-06-30T17:30:00+00:00", "tt03-2025")]
    [InlineData("2025-07-01T00:00:00+07:00", "tt03-2025")]
    [InlineData("2026-11-26T08:30:00+07:00", "tt03-2025")]
    public void The_set_is_chosen_by_the_day_the_dossier_was_received_in_Vietnam(string receivedAt, string expectedSet)
    {
        Assert.Equal(expectedSet, RepositoryForms.Catalog.SetFor(DateTimeOffset.Parse(receivedAt))!.Id);
    }

    [Fact]
    public void Rendering_a_dossier_form_uses_the_set_of_its_receipt_date()
    {
        var before = SampleFormData.Receipt with { Dossier = SampleFormData.Dossier with { ReceivedAt = new DateTimeOffset(2025, 6, 30, 16, 45, 0, Vietnam) } };
        var after = SampleFormData.Receipt with { Dossier = SampleFormData.Dossier with { ReceivedAt = new DateTimeOffset(2025, 7, 1, 7, 30, 0, Vietnam) } };
        var apologyAfter = SampleFormData.Apology with { Dossier = after.Dossier };

        Assert.Equal("tt01-2018", RepositoryForms.Renderer.Render(before).SetId);
        Assert.Equal("tt03-2025", RepositoryForms.Renderer.Render(after).SetId);
        var apology = RepositoryForms.Renderer.Render(apologyAfter);
        Assert.Equal(("04", "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"), (apology.Number, apology.Title));
    }

    [Fact]
    public void A_dossier_received_before_any_set_applies_is_refused_with_a_sentence()
    {
        var data = SampleFormData.Receipt with { Dossier = SampleFormData.Dossier with { ReceivedAt = new DateTimeOffset(2018, 12, 3, 9, 0, 0, Vietnam) } };

        var error = Assert.Throws<FormRenderException>(() => RepositoryForms.Renderer.Render(data));

        Assert.Contains("03/12/2018", error.Message);
        Assert.Contains("validFrom", error.Message);
    }

    [Fact]
    public void The_register_book_is_rendered_with_a_named_set()
    {
        Assert.Throws<ArgumentException>(() => RepositoryForms.Renderer.Render(SampleFormData.RegisterBook));
        Assert.Equal("07", RepositoryForms.Renderer.Render(SampleFormData.RegisterBook, "tt03-2025").Number);
    }

    [Fact]
    public void Validity_dates_are_data_in_set_json()
    {
        var tt01 = RepositoryForms.Catalog.FindSet("tt01-2018")!;
        var tt03 = RepositoryForms.Catalog.FindSet("tt03-2025")!;

        Assert.Equal((new DateOnly(2019, 1, 6), new DateOnly(2025, 6, 30)), (tt01.ValidFrom, tt01.ValidTo!.Value));
        Assert.Equal((new DateOnly(2025, 7, 1), (DateOnly?)null), (tt03.ValidFrom, tt03.ValidTo));
        Assert.Equal(("01/2018/TT-VPCP", "03/2025/TT-VPCP"), (tt01.Circular, tt03.Circular));
    }
}
