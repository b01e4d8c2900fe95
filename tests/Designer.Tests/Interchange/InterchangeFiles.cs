using System.Text;

namespace Workflow.Designer.Tests.Interchange;

/// <summary>Tables as analysts write them, saved as real files for the importers to read.</summary>
internal static class InterchangeFiles
{
    public static string ProcessTable => string.Join('\n',
        "QUY TRÌNH NỘI BỘ,,,,",
        "Bước,Nội dung công việc,Đơn vị thực hiện,Vai trò,Thời gian thực hiện",
        "1,\"Tiếp nhận, kiểm tra hồ sơ\",\"UBND xã, phường\",Công chức tiếp nhận và trả kết quả,\"0,5 ngày làm việc\"",
        "2,Xác minh và dự thảo văn bản xác nhận,\"UBND xã, phường\",Công chức Tư pháp - Hộ tịch,\"1,5 ngày làm việc\"",
        "3,Ký văn bản xác nhận,\"UBND xã, phường\",\"Lãnh đạo UBND (Chủ tịch, Phó Chủ tịch)\",\"0,5 ngày làm việc\"",
        "4,Trả kết quả,\"UBND xã, phường\",Công chức tiếp nhận và trả kết quả,\"0,5 ngày làm việc\"",
        "Tổng,,,,3 ngày làm việc") + "\n";

    public static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(true));
        return path;
    }
}
