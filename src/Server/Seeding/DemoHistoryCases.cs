namespace Workflow.Server.Seeding;

/// <summary>
/// What citizens of the two demo communes file, and how often: the procedures of
/// <c>procedures/</c> with the data each asks for, and applicants' names. Weights follow what a
/// commune desk sees most (civil status and certification far more than permits and land).
/// </summary>
internal static class DemoHistoryCases
{
    public static readonly string[] Communes = ["p-hoa-an", "x-tan-phu-my"];

    public static readonly (string ProcedureId, int Weight)[] Procedures =
    [
        ("birth-registration", 30),
        ("certified-copy", 22),
        ("signature-certification", 14),
        ("business-household-registration", 14),
        ("building-permit-house", 10),
        ("land-first-certificate", 10),
    ];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];

    private static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Thanh", "Quốc", "Ngọc", "Hữu", "Thu", "Gia", "Hoài"];

    private static readonly string[] GivenNames = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Khang", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Uyên", "Vy", "Yến"];

    private static readonly string[] Businesses = ["Tạp hóa", "Cà phê", "Tiệm may", "Sửa xe", "Quán cơm", "Tiệm bánh", "Nhà thuốc", "Tiệm tóc"];

    public static string ProcedureFor(Random random)
    {
        var roll = random.Next(Procedures.Sum(p => p.Weight));
        foreach (var (procedureId, weight) in Procedures)
        {
            if ((roll -= weight) < 0)
            {
                return procedureId;
            }
        }

        return Procedures[0].ProcedureId;
    }

    public static string PersonName(Random random) =>
        $"{Pick(random, FamilyNames)} {Pick(random, MiddleNames)} {Pick(random, GivenNames)}";

    /// <summary>The data fields each procedure's definition asks for, filled plausibly for a filing on <paramref name="filed"/>.</summary>
    public static Dictionary<string, object?> DataFor(string procedureId, Random random, DateOnly filed) => procedureId switch
    {
        "birth-registration" => new() { ["childName"] = $"{Pick(random, FamilyNames)} {Pick(random, GivenNames)}", ["birthDate"] = filed.AddDays(-random.Next(3, 50)).ToString("yyyy-MM-dd") },
        "certified-copy" => new() { ["pages"] = random.Next(1, 6), ["copies"] = random.Next(1, 4) },
        "business-household-registration" => new() { ["businessName"] = $"{Pick(random, Businesses)} {Pick(random, GivenNames)}", ["members"] = random.Next(1, 4) },
        "building-permit-house" => new() { ["floorArea"] = random.Next(60, 260), ["floors"] = random.Next(1, 5), ["heritageZone"] = false },
        "land-first-certificate" => new() { ["parcel"] = $"Thửa {random.Next(1, 300)}, tờ bản đồ số {random.Next(1, 40)}", ["area"] = random.Next(50, 400) },
        _ => new(),
    };

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
