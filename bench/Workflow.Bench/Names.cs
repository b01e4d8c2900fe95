namespace Workflow.Bench;

/// <summary>Deterministic Vietnamese applicant names: family name, middle name, given name.</summary>
public static class Names
{
    public static readonly string[] Family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai"];

    public static readonly string[] Middle = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Đức", "Quốc", "Gia", "Hoài", "Kim", "Xuân", "Thu", "Công", "Bảo"];

    public static readonly string[] Given = ["An", "Bình", "Châu", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khang", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngân", "Nhung", "Phong", "Phúc", "Quân", "Quyên", "Sơn", "Tâm", "Thảo", "Thắng", "Thư", "Trang", "Trí", "Trung", "Tú", "Tuấn", "Uyên", "Vy"];

    public static string Applicant(long n)
    {
        var x = (ulong)n * 0x9E3779B97F4A7C15UL;
        return $"{Family[(int)(x % (ulong)Family.Length)]} {Middle[(int)(x / 31 % (ulong)Middle.Length)]} {Given[(int)(x / 1009 % (ulong)Given.Length)]}";
    }
}
