using Workflow.Server.Authentication;

namespace Workflow.Server.Seeding;

/// <summary>
/// The demo organisation's people (procedures/organisation): desks, civil-status and land
/// officers and leaders of the two communes created on 01/07/2025, specialists and heads of the
/// offices that resolve their dossiers, the tax office, and one analyst, auditor and administrator.
/// Every demo account has the password <see cref="Password"/>; change it before real use.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo@2026";

    /// <summary>The day the communes and their offices came into force (two-level local government).</summary>
    public static readonly DateOnly MembershipsFrom = new(2025, 7, 1);

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        Officer("motcua.hoaan", "Nguyễn Thị Lan", "Một cửa phường Hòa An", SystemRoles.DeskOfficer, ("p-hoa-an", "desk-officer")),
        Officer("tuphap.hoaan", "Trần Văn Hùng", "Tư pháp - hộ tịch phường Hòa An", SystemRoles.Specialist, ("p-hoa-an", "civil-status-officer")),
        Officer("diachinh.hoaan", "Lê Minh Tuấn", "Địa chính phường Hòa An", SystemRoles.Specialist, ("p-hoa-an", "land-officer")),
        Officer("lanhdao.hoaan", "Phạm Quốc Bảo", "Lãnh đạo UBND phường Hòa An", SystemRoles.Leader, ("p-hoa-an", "leader")),
        Officer("motcua.tanphumy", "Võ Thị Mai", "Một cửa xã Tân Phú Mỹ", SystemRoles.DeskOfficer, ("x-tan-phu-my", "desk-officer")),
        Officer("tuphap.tanphumy", "Đặng Văn Phúc", "Tư pháp - hộ tịch xã Tân Phú Mỹ", SystemRoles.Specialist, ("x-tan-phu-my", "civil-status-officer")),
        Officer("diachinh.tanphumy", "Huỳnh Thị Thu", "Địa chính xã Tân Phú Mỹ", SystemRoles.Specialist, ("x-tan-phu-my", "land-officer")),
        Officer("lanhdao.tanphumy", "Bùi Văn Thành", "Lãnh đạo UBND xã Tân Phú Mỹ", SystemRoles.Leader, ("x-tan-phu-my", "leader")),
        Officer("chuyenvien.kt.hoaan", "Ngô Thị Hạnh", "Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị phường Hòa An", SystemRoles.Specialist, ("p-hoa-an-kt", "specialist")),
        Officer("truongphong.kt.hoaan", "Đỗ Văn Khoa", "Trưởng Phòng Kinh tế, Hạ tầng và Đô thị phường Hòa An", SystemRoles.UnitHead, ("p-hoa-an-kt", "head")),
        Officer("chuyenvien.kt.tanphumy", "Trịnh Thị Ngọc", "Chuyên viên Phòng Kinh tế xã Tân Phú Mỹ", SystemRoles.Specialist, ("x-tan-phu-my-kt", "specialist")),
        Officer("truongphong.kt.tanphumy", "Lý Văn Sơn", "Trưởng Phòng Kinh tế xã Tân Phú Mỹ", SystemRoles.UnitHead, ("x-tan-phu-my-kt", "head")),
        Officer("chuyenvien.cnvpdk", "Mai Thị Hoa", "Chuyên viên Chi nhánh VPĐK đất đai khu vực Hòa An", SystemRoles.Specialist, ("cn-vpdk-hoa-an", "specialist")),
        Officer("giamdoc.cnvpdk", "Hồ Văn Long", "Giám đốc Chi nhánh VPĐK đất đai khu vực Hòa An", SystemRoles.UnitHead, ("cn-vpdk-hoa-an", "head")),
        Officer("chuyenvien.vpdk", "Tạ Thị Yến", "Chuyên viên Văn phòng Đăng ký đất đai tỉnh", SystemRoles.Specialist, ("vpdk-tinh", "specialist")),
        Officer("giamdoc.vpdk", "Châu Văn Nam", "Giám đốc Văn phòng Đăng ký đất đai tỉnh", SystemRoles.UnitHead, ("vpdk-tinh", "head")),
        Officer("thue.hoaan", "Lâm Thị Kim", "Công chức Thuế cơ sở 3", SystemRoles.Specialist, ("thue-hoa-an", "tax-officer")),
        Officer("chuyenvien.soxd", "Dương Văn Tâm", "Chuyên viên Sở Xây dựng", SystemRoles.Specialist, ("so-xay-dung", "specialist")),
        new("phantich", "Phan Thị Quỳnh", "Phân tích, mô hình hóa quy trình", [SystemRoles.Analyst], []),
        new("kiemtra", "Vũ Đức Minh", "Kiểm tra, giám sát (chỉ đọc)", [SystemRoles.Auditor], []),
        new("quantri", "Hoàng Văn An", "Quản trị hệ thống", [SystemRoles.Administrator], []),
    ];

    private static DemoAccount Officer(string userName, string displayName, string duty, string role, (string UnitId, string Role) membership) =>
        new(userName, displayName, duty, [role], [membership]);
}
