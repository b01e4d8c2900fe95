namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// The internal-process layout (quy trình nội bộ), as the annex of a chairman's approval decision lays it out:
/// one step per row, in order. A row whose step cell starts with "Tổng" (the total) is not a step.
/// </summary>
public static class ProcessColumns
{
    public static readonly TableColumn Step = new("Bước", "Step", true, "STT", "Bước thực hiện", "TT");
    public static readonly TableColumn Content = new("Nội dung công việc", "Work", true, "Nội dung", "Nội dung thực hiện", "Trình tự thực hiện");
    public static readonly TableColumn Unit = new("Đơn vị thực hiện", "Responsible unit", true, "Đơn vị", "Cơ quan thực hiện", "Đơn vị chịu trách nhiệm");
    public static readonly TableColumn Role = new("Vai trò", "Role", true, "Người thực hiện", "Chức danh", "Vai trò thực hiện");
    public static readonly TableColumn Time = new("Thời gian thực hiện", "Time", true, "Thời gian", "Thời gian giải quyết");

    public static readonly IReadOnlyList<TableColumn> All = [Step, Content, Unit, Role, Time];
}
