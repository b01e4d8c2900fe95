using Workflow.Engine.Calendars;
using Workflow.Engine.Documents.Forms.Data;

namespace Workflow.Engine.Documents.Forms.Samples;

/// <summary>
/// One realistic dossier told through every form: a house building permit filed by
/// Nguyễn Thị Minh Thư at the one-stop desk of a ward on Thursday 26/11/2026, late at the
/// economic office and returned on the new appointment. Analysts preview templates with it,
/// and the loader tries every template on it so a broken template is found when it is loaded.
/// </summary>
public static class SampleFormData
{
    private static readonly TimeSpan Vietnam = VietnamTime.Offset;

    public static FormAgency Desk { get; } = new()
    {
        ParentName = "Ủy ban nhân dân phường Tân Phú",
        Name = "Bộ phận Một cửa",
        Code = "H55.24.3",
        Address = "Số 70A Thoại Ngọc Hầu, phường Tân Phú, Thành phố Hồ Chí Minh",
        Phone = "028 3860 1234",
        Email = "motcua.tanphu@tphcm.gov.vn",
        Locality = "Tân Phú",
    };

    public static FormAgency EconomicOffice { get; } = Desk with
    {
        Name = "Phòng Kinh tế, Hạ tầng và Đô thị",
        Email = "kinhte.tanphu@tphcm.gov.vn",
        Phone = "028 3860 5678",
    };

    public static FormApplicant Applicant { get; } = new()
    {
        Name = "Nguyễn Thị Minh Thư",
        Address = "Số 18 đường Lê Trọng Tấn, phường Tân Phú, Thành phố Hồ Chí Minh",
        Phone = "0903 456 789",
        Email = "minhthu.nguyen@example.vn",
        IdentityNumber = "079186012345",
    };

    public static FormDossier Dossier { get; } = new()
    {
        Code = "H55.24.3-261126-0007",
        ProcedureName = "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
        Request = "Cấp giấy phép xây dựng nhà ở riêng lẻ 3 tầng tại thửa đất số 125, tờ bản đồ số 12",
        ReceivedAt = new DateTimeOffset(2026, 11, 26, 8, 30, 0, Vietnam),
    };

    public static FormOfficer DeskOfficer { get; } = new() { Name = "Trần Văn Hùng", Title = "Công chức Bộ phận Một cửa", Phone = "028 3860 1234" };

    public static FormOfficer OfficeHead { get; } = new() { Name = "Lê Thị Hoa", Title = "Trưởng phòng Kinh tế, Hạ tầng và Đô thị" };

    public static DateTimeOffset Appointment { get; } = new(2026, 12, 17, 14, 0, 0, Vietnam);

    public static DateTimeOffset NewAppointment { get; } = new(2026, 12, 24, 14, 0, 0, Vietnam);

    public static ReceiptFormData Receipt { get; } = new()
    {
        Agency = Desk,
        Dossier = Dossier,
        Applicant = Applicant,
        Documents =
        [
            new() { Name = "Đơn đề nghị cấp giấy phép xây dựng", Originals = 1 },
            new() { Name = "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất", CertifiedCopies = 1 },
            new() { Name = "Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng)", Originals = 2 },
            new() { Name = "Căn cước của người đề nghị", Photocopies = 1 },
        ],
        SetCount = 1,
        StatutoryTime = "15 ngày làm việc",
        AppointmentAt = Appointment,
        CollectAt = "Bộ phận Một cửa, Ủy ban nhân dân phường Tân Phú",
        RegisterVolume = "02",
        RegisterSerial = "0007",
        FeeTotal = 75_000m,
        Receiver = DeskOfficer,
    };

    public static SupplementRequestFormData SupplementRequest { get; } = new()
    {
        Agency = Desk,
        Dossier = Dossier,
        Applicant = Applicant,
        MissingDocuments =
        [
            new() { Name = "Bản vẽ mặt bằng định vị công trình trên lô đất", Originals = 2, Note = "Bản đã nộp thiếu kích thước khoảng lùi so với lộ giới" },
            new() { Name = "Văn bản thỏa thuận với chủ sở hữu công trình liền kề", Originals = 1, Note = "Công trình có tường chung với nhà số 20" },
        ],
        Reason = "Hồ sơ chưa đủ thành phần theo quy định; bản vẽ mặt bằng chưa thể hiện khoảng lùi so với lộ giới đường Lê Trọng Tấn.",
        Contact = DeskOfficer,
        Officer = DeskOfficer,
        IssuedAt = new DateTimeOffset(2026, 11, 26, 9, 10, 0, Vietnam),
    };

    public static RefusalFormData Refusal { get; } = new()
    {
        Agency = Desk,
        Dossier = Dossier with
        {
            Code = "H55.24.3-261126-0009",
            Request = "Cấp giấy phép xây dựng công trình nhà ở 9 tầng kết hợp văn phòng cho thuê",
            ReceivedAt = new DateTimeOffset(2026, 11, 26, 10, 5, 0, Vietnam),
        },
        Applicant = Applicant,
        Reason = "Công trình nhà ở kết hợp văn phòng cho thuê cao 9 tầng, theo phân cấp của Ủy ban nhân dân Thành phố do Sở Xây dựng cấp giấy phép, không thuộc thẩm quyền của Ủy ban nhân dân phường. Đề nghị Ông/Bà nộp hồ sơ tại Sở Xây dựng Thành phố Hồ Chí Minh.",
        Officer = DeskOfficer,
        IssuedAt = new DateTimeOffset(2026, 11, 26, 10, 20, 0, Vietnam),
    };

    public static ApologyFormData Apology { get; } = new()
    {
        Agency = EconomicOffice,
        DocumentNumber = "125/TB-KT",
        Addressee = Applicant,
        Dossier = Dossier,
        OriginalAppointmentAt = Appointment,
        AlreadyLate = true,
        LateUnit = "Phòng Kinh tế, Hạ tầng và Đô thị",
        Reason = "Phải lấy ý kiến của Công an Thành phố về phòng cháy, chữa cháy đối với công trình có tầng hầm, đến nay chưa nhận được văn bản trả lời.",
        NewAppointmentAt = NewAppointment,
        Signer = OfficeHead,
        IssuedAt = new DateTimeOffset(2026, 12, 16, 15, 0, 0, Vietnam),
    };

    public static StopNoticeFormData StopNotice { get; } = new()
    {
        Agency = EconomicOffice,
        DocumentNumber = "131/TB-KT",
        Dossier = Dossier,
        Applicant = Applicant,
        Reason = "Ông/Bà đã có đơn đề nghị rút hồ sơ ngày 10/12/2026 để điều chỉnh thiết kế.",
        LegalBasis = "Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
        Guidance = "Hồ sơ đã nộp được trả lại tại Bộ phận Một cửa. Ông/Bà có thể nộp lại hồ sơ khi đã điều chỉnh thiết kế; thời hạn giải quyết được tính lại từ đầu.",
        Signer = OfficeHead,
        IssuedAt = new DateTimeOffset(2026, 12, 11, 9, 0, 0, Vietnam),
    };

    public static ControlSheetFormData ControlSheet { get; } = new()
    {
        Agency = Desk,
        Dossier = Dossier,
        Applicant = Applicant,
        AppointmentAt = Appointment,
        LeadUnit = "Phòng Kinh tế, Hạ tầng và Đô thị",
        CoordinatingUnits = ["Công an Thành phố Hồ Chí Minh (Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ)"],
        Handoffs =
        [
            new()
            {
                GiverUnit = "Bộ phận Một cửa", Giver = "Trần Văn Hùng",
                HandedOverAt = new DateTimeOffset(2026, 11, 26, 10, 15, 0, Vietnam),
                ReceiverUnit = "Phòng Kinh tế, Hạ tầng và Đô thị", Receiver = "Võ Minh Tâm",
                ReceivedAt = new DateTimeOffset(2026, 11, 26, 10, 15, 0, Vietnam),
                Result = FormPunctuality.OnTime,
            },
            new()
            {
                GiverUnit = "Phòng Kinh tế, Hạ tầng và Đô thị", Giver = "Võ Minh Tâm",
                HandedOverAt = new DateTimeOffset(2026, 12, 21, 16, 0, 0, Vietnam),
                ReceiverUnit = "Lãnh đạo Ủy ban nhân dân phường", Receiver = "Phạm Quốc Bảo",
                ReceivedAt = new DateTimeOffset(2026, 12, 21, 16, 5, 0, Vietnam),
                Result = FormPunctuality.Late,
                Note = "Đã gửi văn bản xin lỗi số 125/TB-KT, hẹn lại ngày 24/12/2026",
            },
            new()
            {
                GiverUnit = "Lãnh đạo Ủy ban nhân dân phường", Giver = "Phạm Quốc Bảo",
                HandedOverAt = new DateTimeOffset(2026, 12, 23, 10, 0, 0, Vietnam),
                ReceiverUnit = "Bộ phận Một cửa", Receiver = "Trần Văn Hùng",
                ReceivedAt = new DateTimeOffset(2026, 12, 23, 10, 0, 0, Vietnam),
                Result = FormPunctuality.Early,
            },
            new()
            {
                GiverUnit = "Bộ phận Một cửa", Giver = "Trần Văn Hùng",
                HandedOverAt = new DateTimeOffset(2026, 12, 24, 9, 0, 0, Vietnam),
                ReceiverUnit = "Người nộp hồ sơ", Receiver = "Nguyễn Thị Minh Thư",
                Result = FormPunctuality.OnTime,
                Note = "Trả kết quả theo ngày hẹn lại",
            },
        ],
    };

    public static RegisterBookFormData RegisterBook { get; } = new()
    {
        Agency = Desk,
        Volume = "02",
        PeriodFrom = new DateOnly(2026, 11, 26),
        PeriodTo = new DateOnly(2026, 11, 26),
        Rows =
        [
            new()
            {
                Number = 5, DossierCode = "H55.24.3-261126-0005", ApplicantName = "Phan Văn Đức", ApplicantContact = "0912 345 678",
                ProcedureName = "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
                ReceivedAt = new DateTimeOffset(2026, 11, 26, 7, 45, 0, Vietnam),
                AppointmentAt = new DateTimeOffset(2026, 11, 26, 10, 0, 0, Vietnam),
                TransferredTo = "Công chức Tư pháp - Hộ tịch",
                ResultAt = new DateTimeOffset(2026, 11, 26, 9, 20, 0, Vietnam),
                ReturnedAt = new DateTimeOffset(2026, 11, 26, 9, 35, 0, Vietnam),
            },
            new()
            {
                Number = 6, DossierCode = "H55.24.3-261126-0006", ApplicantName = "Đặng Thị Ngọc Ánh", ApplicantContact = "0987 111 222",
                ProcedureName = "Đăng ký khai sinh",
                ReceivedAt = new DateTimeOffset(2026, 11, 26, 8, 5, 0, Vietnam),
                AppointmentAt = new DateTimeOffset(2026, 11, 26, 16, 30, 0, Vietnam),
                TransferredTo = "Công chức Tư pháp - Hộ tịch",
            },
            new()
            {
                Number = 7, DossierCode = Dossier.Code, ApplicantName = Applicant.Name, ApplicantContact = Applicant.Phone,
                ProcedureName = Dossier.ProcedureName,
                ReceivedAt = Dossier.ReceivedAt,
                AppointmentAt = Appointment,
                TransferredTo = "Phòng Kinh tế, Hạ tầng và Đô thị",
                Note = "Hẹn lại ngày 24/12/2026",
            },
        ],
    };

    /// <summary>The sample for a purpose (see <see cref="FormPurpose"/>).</summary>
    public static FormData For(string purpose) => purpose switch
    {
        FormPurpose.Receipt => Receipt,
        FormPurpose.SupplementRequest => SupplementRequest,
        FormPurpose.Refusal => Refusal,
        FormPurpose.Apology => Apology,
        FormPurpose.StopNotice => StopNotice,
        FormPurpose.ControlSheet => ControlSheet,
        FormPurpose.RegisterBook => RegisterBook,
        _ => throw new ArgumentException($"There is no form purpose \"{purpose}\"; purposes: {string.Join(", ", FormPurpose.All)}.", nameof(purpose)),
    };
}
