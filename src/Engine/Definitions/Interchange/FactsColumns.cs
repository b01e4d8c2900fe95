namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// The public-facts layout: one procedure per row, columns named as the national procedure database's export names
/// them. Cells holding several entries (fees, documents, results, legal basis) put one entry per line.
/// </summary>
public static class FactsColumns
{
    public static readonly TableColumn Code = new("Mã thủ tục", "Code", true, "Mã TTHC", "Mã số");
    public static readonly TableColumn Id = new("Mã quy trình", "Procedure id", false, "Id");
    public static readonly TableColumn Name = new("Tên thủ tục", "Name", true, "Tên TTHC", "Tên thủ tục hành chính");
    public static readonly TableColumn Field = new("Lĩnh vực", "Field", false);
    public static readonly TableColumn Level = new("Cấp thực hiện", "Level", false);
    public static readonly TableColumn ReceivingUnitKind = new("Loại đơn vị tiếp nhận", "Receiving unit kind", false);
    public static readonly TableColumn StatutoryTime = new("Thời hạn giải quyết", "Statutory time", false);
    public static readonly TableColumn Fees = new("Phí, lệ phí", "Fees", false, "Phí lệ phí", "Lệ phí");
    public static readonly TableColumn Documents = new("Thành phần hồ sơ", "Documents", false);
    public static readonly TableColumn Results = new("Kết quả thực hiện", "Results", false, "Kết quả");
    public static readonly TableColumn LegalBasis = new("Căn cứ pháp lý", "Legal basis", false);
    public static readonly TableColumn OnlineMode = new("Dịch vụ công trực tuyến", "Online service", false, "Mức độ dịch vụ công");

    /// <summary>In the order exports write them.</summary>
    public static readonly IReadOnlyList<TableColumn> All =
        [Code, Id, Name, Field, Level, ReceivingUnitKind, StatutoryTime, Fees, Documents, Results, LegalBasis, OnlineMode];

    /// <summary>The columns an import compares and writes (the code and id say which procedure the row is).</summary>
    public static readonly IReadOnlyList<TableColumn> Facts = All.Where(c => c != Code && c != Id).Prepend(Code).ToList();
}
