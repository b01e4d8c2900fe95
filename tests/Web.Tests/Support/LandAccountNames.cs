namespace Workflow.Web.Tests.Support;

/// <summary>The demo officers a first land-use certificate passes through after the commune's desk (src/Server/Seeding/DemoAccounts.cs).</summary>
public static class LandAccountNames
{
    public const string BranchSpecialist = "chuyenvien.cnvpdk";
    public const string BranchHead = "giamdoc.cnvpdk";
    public const string TaxOfficer = "thue.hoaan";
    public const string RegistryHead = "giamdoc.vpdk";
}
