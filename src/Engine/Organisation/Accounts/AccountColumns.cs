using Workflow.Engine.Definitions.Interchange;

namespace Workflow.Engine.Organisation.Accounts;

/// <summary>
/// The accounts layout: one row per membership (a role at a unit for a period); an officer holding several
/// memberships takes several rows with the same sign-in name, one holding none a row whose unit and role are blank.
/// The unit name is written by exports for people reading the file and ignored on import. Passwords are never in the file.
/// </summary>
public static class AccountColumns
{
    public static readonly TableColumn UserName = new("Tên đăng nhập", "User name", true, "Tài khoản", "Login");
    public static readonly TableColumn DisplayName = new("Họ và tên", "Full name", true, "Họ tên", "Name");
    public static readonly TableColumn Email = new("Thư điện tử", "Email", false, "E-mail");
    public static readonly TableColumn Phone = new("Điện thoại", "Phone", false, "Số điện thoại");
    public static readonly TableColumn Unit = new("Mã đơn vị", "Unit id", false, "Đơn vị", "Unit");
    public static readonly TableColumn UnitName = new("Tên đơn vị", "Unit name", false);
    public static readonly TableColumn Role = new("Vai trò", "Role", false, "Vai trò tại đơn vị");
    public static readonly TableColumn From = new("Từ ngày", "From", false, "Ngày bắt đầu");
    public static readonly TableColumn To = new("Đến ngày", "To", false, "Ngày kết thúc");

    /// <summary>In the order exports write them.</summary>
    public static readonly IReadOnlyList<TableColumn> All = [UserName, DisplayName, Email, Phone, Unit, UnitName, Role, From, To];
}
