namespace Workflow.Web.Tests.Support;

/// <summary>The demo officers the server seeds (src/Server/Seeding/DemoAccounts.cs), by what they do.</summary>
public static class DemoAccountNames
{
    public const string Password = "Demo@2026";
    public const string Desk = "motcua.hoaan";
    public const string Specialist = "chuyenvien.kt.hoaan";
    public const string Head = "truongphong.kt.hoaan";
    public const string Leader = "lanhdao.hoaan";
    public const string CivilStatus = "tuphap.hoaan";
    public const string LandOfficer = "diachinh.hoaan";
    public const string Auditor = "kiemtra";
    public const string Administrator = "quantri";
    public const string Analyst = "phantich";
}
