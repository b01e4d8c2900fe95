using System.Security.Cryptography;
using System.Text;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Forms.Rendering;
using Workflow.Engine.Documents.Forms.Samples;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Documents;

/// <summary>Every form of both sets renders a complete printable page with its required fields, read as a person reads it.</summary>
public class FormRenderingTests
{
    private static readonly Dictionary<string, string[]> RequiredText = new()
    {
        [FormPurpose.Receipt] =
        [
            "Mã hồ sơ: H55.24.3-261126-0007", "Bộ phận Một cửa - Ủy ban nhân dân phường Tân Phú tiếp nhận hồ sơ của:",
            "Ông/Bà: Nguyễn Thị Minh Thư", "Địa chỉ: Số 18 đường Lê Trọng Tấn, phường Tân Phú, Thành phố Hồ Chí Minh",
            "Số điện thoại: 0903 456 789", "Email: minhthu.nguyen@example.vn",
            "Nội dung yêu cầu giải quyết: Cấp giấy phép xây dựng nhà ở riêng lẻ 3 tầng tại thửa đất số 125, tờ bản đồ số 12",
            "Thành phần hồ sơ nộp gồm", "Bản chính", "Bản sao chứng thực", "Bản chụp",
            "1 Đơn đề nghị cấp giấy phép xây dựng 1",
            "2 Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất 1",
            "3 Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng) 2", "4 Căn cước của người đề nghị 1",
            "Số lượng hồ sơ: 01 bộ", "Thời gian giải quyết hồ sơ theo quy định: 15 ngày làm việc",
            "Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 26/11/2026", "Thời gian trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 17/12/2026",
            "Đăng ký nhận kết quả tại: Bộ phận Một cửa, Ủy ban nhân dân phường Tân Phú", "Phí, lệ phí đã nộp: 75.000 đồng",
            "Vào Sổ theo dõi hồ sơ, Quyển số: 02, Số thứ tự: 0007", "Người nộp hồ sơ (Ký và ghi rõ họ tên) Nguyễn Thị Minh Thư",
            "Người tiếp nhận hồ sơ (Ký và ghi rõ họ tên) Trần Văn Hùng",
        ],
        [FormPurpose.SupplementRequest] =
        [
            "Mã hồ sơ: H55.24.3-261126-0007", "Hồ sơ của: Nguyễn Thị Minh Thư", "Số điện thoại: 0903 456 789",
            "Giấy tờ cần bổ sung, hoàn thiện", "Bản chính", "Bản sao chứng thực", "Bản chụp",
            "1 Bản vẽ mặt bằng định vị công trình trên lô đất Bản đã nộp thiếu kích thước khoảng lùi so với lộ giới 2",
            "2 Văn bản thỏa thuận với chủ sở hữu công trình liền kề Công trình có tường chung với nhà số 20 1",
            "Lý do: Hồ sơ chưa đủ thành phần theo quy định; bản vẽ mặt bằng chưa thể hiện khoảng lùi so với lộ giới đường Lê Trọng Tấn.",
            "liên hệ với Trần Văn Hùng (Công chức Bộ phận Một cửa), số điện thoại 028 3860 1234",
            "Tân Phú, ngày 26 tháng 11 năm 2026 Người hướng dẫn (Ký và ghi rõ họ tên) Trần Văn Hùng",
        ],
        [FormPurpose.Refusal] =
        [
            "Mã hồ sơ: H55.24.3-261126-0009", "Ông/Bà: Nguyễn Thị Minh Thư",
            "Nội dung yêu cầu giải quyết: Cấp giấy phép xây dựng công trình nhà ở 9 tầng kết hợp văn phòng cho thuê",
            "Thời gian nộp hồ sơ: 10 giờ 05 phút, ngày 26/11/2026", "từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:",
            "không thuộc thẩm quyền của Ủy ban nhân dân phường",
            "Tân Phú, ngày 26 tháng 11 năm 2026 Người tiếp nhận hồ sơ (Ký và ghi rõ họ tên) Trần Văn Hùng",
        ],
        [FormPurpose.Apology] =
        [
            "Số: 125/TB-KT", "Tân Phú, ngày 16 tháng 12 năm 2026", "Kính gửi: Ông/Bà Nguyễn Thị Minh Thư",
            "Ngày 26/11/2026, hồ sơ của Ông/Bà được tiếp nhận", "H55.24.3-261126-0007",
            "Thời gian hẹn trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 17/12/2026",
            "Phòng Kinh tế, Hạ tầng và Đô thị chưa giải quyết xong hồ sơ",
            "Lý do: Phải lấy ý kiến của Công an Thành phố về phòng cháy, chữa cháy",
            "Phòng Kinh tế, Hạ tầng và Đô thị trân trọng xin lỗi Ông/Bà",
            "Thời gian hẹn lại trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 24/12/2026",
            "Trưởng phòng Kinh tế, Hạ tầng và Đô thị (Ký, ghi rõ họ tên và đóng dấu) Lê Thị Hoa",
        ],
        [FormPurpose.StopNotice] =
        [
            "Số: 131/TB-KT", "Tân Phú, ngày 11 tháng 12 năm 2026", "Kính gửi: Ông/Bà Nguyễn Thị Minh Thư",
            "Căn cứ Nghị định số 118/2025/NĐ-CP", "thông báo dừng giải quyết hồ sơ sau:",
            "Mã hồ sơ: H55.24.3-261126-0007; tiếp nhận lúc 08 giờ 30 phút, ngày 26/11/2026",
            "Lý do dừng giải quyết: Ông/Bà đã có đơn đề nghị rút hồ sơ ngày 10/12/2026 để điều chỉnh thiết kế.",
            "thời hạn giải quyết được tính lại từ đầu", "Lê Thị Hoa",
        ],
        [FormPurpose.ControlSheet] =
        [
            "Mã hồ sơ: H55.24.3-261126-0007", "Người nộp hồ sơ: Nguyễn Thị Minh Thư",
            "Thủ tục hành chính: Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
            "Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 26/11/2026; hẹn trả kết quả: 14 giờ 00 phút, ngày 17/12/2026",
            "Cơ quan (bộ phận) giải quyết hồ sơ: Phòng Kinh tế, Hạ tầng và Đô thị",
            "Cơ quan phối hợp giải quyết hồ sơ: Công an Thành phố Hồ Chí Minh",
            "Tên cơ quan", "Thời gian giao, nhận hồ sơ", "Trước hạn/ Đúng hạn/ Quá hạn", "Ghi chú",
            "1. Giao: Bộ phận Một cửa Nhận: Phòng Kinh tế, Hạ tầng và Đô thị Giao: 10 giờ 15 phút, ngày 26/11/2026 Người giao: Trần Văn Hùng Nhận: 10 giờ 15 phút, ngày 26/11/2026 Người nhận: Võ Minh Tâm Đúng hạn",
            "Giao: 16 giờ 00 phút, ngày 21/12/2026 Người giao: Võ Minh Tâm Nhận: 16 giờ 05 phút, ngày 21/12/2026 Người nhận: Phạm Quốc Bảo Quá hạn Đã gửi văn bản xin lỗi số 125/TB-KT, hẹn lại ngày 24/12/2026",
            "Nhận: 10 giờ 00 phút, ngày 23/12/2026 Người nhận: Trần Văn Hùng Trước hạn",
            "Nhận: 09 giờ 00 phút, ngày 24/12/2026 Người nhận: Nguyễn Thị Minh Thư Đúng hạn Trả kết quả theo ngày hẹn lại",
        ],
        [FormPurpose.RegisterBook] =
        [
            "Quyển số: 02 - Từ ngày 26/11/2026 đến ngày 26/11/2026",
            "STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Tên cá nhân, tổ chức", "Nhận hồ sơ", "Hẹn trả kết quả",
            "Chuyển hồ sơ đến cơ quan giải quyết", "Ngày có kết quả", "Ngày trả kết quả", "Ký nhận", "Người nhận kết quả",
            "5 H55.24.3-261126-0005 Chứng thực bản sao từ bản chính giấy tờ, văn bản Phan Văn Đức 0912 345 678 07:45 26/11/2026 10:00 26/11/2026 Công chức Tư pháp - Hộ tịch 09:20 26/11/2026 09:35 26/11/2026",
            "6 H55.24.3-261126-0006 Đăng ký khai sinh Đặng Thị Ngọc Ánh",
            "7 H55.24.3-261126-0007 Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ Nguyễn Thị Minh Thư 0903 456 789 08:30 26/11/2026 14:00 17/12/2026 Phòng Kinh tế, Hạ tầng và Đô thị",
            "Hẹn lại ngày 24/12/2026",
        ],
    };

    public static TheoryData<string, string> EveryForm()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in RepositoryForms.Catalog.Sets)
        {
            foreach (var purpose in set.Forms.Keys)
            {
                data.Add(set.Id, purpose);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryForm))]
    public void Every_form_renders_a_complete_printable_page_with_its_required_fields(string setId, string purpose)
    {
        var set = RepositoryForms.Catalog.FindSet(setId)!;
        var template = set.FindForm(purpose)!;

        var rendered = RepositoryForms.Renderer.Render(SampleFormData.For(purpose), setId);

        var html = rendered.Html;
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.EndsWith("</html>\n", html);
        Assert.Contains($"@page {{ size: {template.Paper.Css};", html);
        Assert.Contains("font-family: \"Times New Roman\", \"Noto Serif\", \"DejaVu Serif\", serif;", html);
        Assert.Equal((purpose, setId, template.Number, template.Title, template.Paper), (rendered.Purpose, rendered.SetId, rendered.Number, rendered.Title, rendered.Paper));

        var text = HtmlText.Visible(html);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains($"Mẫu số {template.Number}", text);
        Assert.Contains(template.Title, text);
        Assert.Contains($"<title>{template.Title}", html);
        Assert.Contains("Ủy ban nhân dân phường Tân Phú", text);
        foreach (var required in RequiredText[purpose])
        {
            Assert.True(text.Contains(required, StringComparison.Ordinal), $"{setId}/{purpose} lacks \"{required}\". Page text: {text}");
        }

        Assert.DoesNotContain("null", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("{{", html);
    }

    [Fact]
    public void Vietnamese_letters_reach_the_page_exactly_as_written()
    {
        var receipt = RepositoryForms.Renderer.Render(SampleFormData.Receipt);
        var control = RepositoryForms.Renderer.Render(SampleFormData.ControlSheet);

        // Composed (NFC) code points, not entities or decomposed letters, so search and copy work.
        foreach (var phrase in new[] { "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Nguyễn Thị Minh Thư", "Ủy ban nhân dân phường Tân Phú" })
        {
            Assert.Contains(phrase.Normalize(NormalizationForm.FormC), receipt.Html);
        }

        Assert.Contains("Phiếu kiểm soát quá trình giải quyết hồ sơ", control.Html);
        Assert.DoesNotContain("&#", receipt.Html);
        Assert.True(receipt.Html.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("tt01-2018", "Liên 2: Chuyển kèm hồ sơ, lưu tại Bộ phận Tiếp nhận và Trả kết quả")]
    [InlineData("tt03-2025", "Liên 2: Chuyển kèm hồ sơ, lưu tại Bộ phận Một cửa")]
    public void The_receipt_prints_two_copies_each_on_its_own_page(string setId, string secondCopy)
    {
        var rendered = RepositoryForms.Renderer.Render(SampleFormData.Receipt, setId);

        Assert.Equal(2, HtmlText.Count(rendered.Html, "<section class=\"sheet\">"));
        Assert.Contains(".sheet { break-after: page; }", rendered.Html);
        var text = HtmlText.Visible(rendered.Html);
        Assert.Contains("Liên 1: Giao người nộp hồ sơ", text);
        Assert.Contains(secondCopy, text);
        Assert.Equal(2, HtmlText.Count(text, "Mẫu số 01"));
        Assert.Equal(2, HtmlText.Count(text, "Mã hồ sơ: H55.24.3-261126-0007"));
        Assert.Equal(2, HtmlText.Count(text, "Người tiếp nhận hồ sơ"));
    }

    [Fact]
    public void Other_forms_print_one_copy()
    {
        var rendered = RepositoryForms.Renderer.Render(SampleFormData.SupplementRequest);

        Assert.Equal(1, HtmlText.Count(rendered.Html, "<section class=\"sheet\">"));
    }

    [Fact]
    public void Missing_optional_values_print_as_dotted_lines_to_fill_by_hand()
    {
        var receipt = SampleFormData.Receipt with
        {
            Applicant = new FormApplicant { Name = "Lò Văn Páo" },
            RegisterVolume = null,
            RegisterSerial = " ",
            FeeTotal = null,
        };

        var text = HtmlText.Visible(RepositoryForms.Renderer.Render(receipt).Html);

        Assert.Contains("Ông/Bà: Lò Văn Páo", text);
        Assert.Contains("Địa chỉ: ............................................................", text);
        Assert.Contains("Số điện thoại: ....................; Email: ........................", text);
        Assert.Contains("Quyển số: ......, Số thứ tự: ......", text);
        Assert.DoesNotContain("Phí, lệ phí", text);
        Assert.DoesNotContain("null", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Values_are_escaped_so_data_can_never_become_markup()
    {
        var receipt = SampleFormData.Receipt with
        {
            Applicant = SampleFormData.Applicant with { Name = "Công ty TNHH A & B <script>alert(1)</script>" },
        };

        var html = RepositoryForms.Renderer.Render(receipt).Html;

        Assert.Contains("Công ty TNHH A &amp; B &lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("Công ty TNHH A & B <script>alert(1)</script>", HtmlText.Visible(html));
    }

    [Fact]
    public void Hashes_name_the_template_file_and_the_exact_html_bytes()
    {
        var template = RepositoryForms.Catalog.FindSet("tt03-2025")!.FindForm(FormPurpose.Receipt)!;
        var file = Path.Combine(RepositoryPaths.Root, template.TemplateFile);

        var first = RepositoryForms.Renderer.Render(SampleFormData.Receipt);
        var second = RepositoryForms.Renderer.Render(SampleFormData.Receipt);

        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))), first.TemplateHash);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first.Html))), first.ContentHash);
        Assert.Equal(Encoding.UTF8.GetBytes(first.Html), first.ToBytes());
        Assert.Equal(first.ContentHash, second.ContentHash);
        var other = RepositoryForms.Renderer.Render(SampleFormData.Receipt with { RegisterSerial = "0008" });
        Assert.NotEqual(first.ContentHash, other.ContentHash);
        Assert.Equal(first.TemplateHash, other.TemplateHash);
    }

    [Fact]
    public void Data_of_one_purpose_cannot_be_rendered_with_another_purposes_template()
    {
        var set = RepositoryForms.Catalog.FindSet("tt03-2025")!;
        var refusalTemplate = set.FindForm(FormPurpose.Refusal)!;

        Assert.Throws<ArgumentException>(() => FormRenderer.RenderHtml(set, refusalTemplate, SampleFormData.Receipt, new FormRendererOptions(), null));
    }
}
