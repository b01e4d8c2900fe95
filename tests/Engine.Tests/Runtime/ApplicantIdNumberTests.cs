using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>An applicant's identifier is a personal identification number, a tax code or a passport number, or it is refused naming the field.</summary>
public class ApplicantIdNumberTests
{
    private static readonly Dictionary<string, object?> HouseholdData = new() { ["businessName"] = "Tạp hóa Minh Thư", ["members"] = 1 };

    [Theory]
    [InlineData("079190001234", "079190001234")]
    [InlineData(" 079 190 001 234 ", "079190001234")]
    [InlineData("079.190.001.234", "079190001234")]
    [InlineData("0312345678", "0312345678")]
    [InlineData("0312345678-001", "0312345678-001")]
    [InlineData("c1234567", "C1234567")]
    [InlineData("N01234567", "N01234567")]
    public async Task A_well_formed_identifier_is_kept_without_the_separators_people_type(string typed, string stored)
    {
        await using var h = await EngineHarness.StartAsync();

        var received = await Receive(h, typed);

        Assert.Equal(stored, (await h.DossierAsync(received.DossierId)).ApplicantIdNumber);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("07919000123")]
    [InlineData("0791900012345")]
    [InlineData("07919000123A")]
    [InlineData("0312345678-01")]
    [InlineData("1234567X")]
    [InlineData("C12")]
    public async Task A_malformed_identifier_is_refused_naming_the_field_and_nothing_is_received(string typed)
    {
        await using var h = await EngineHarness.StartAsync();

        var error = await Assert.ThrowsAsync<WorkflowException>(() => Receive(h, typed));

        Assert.Equal(("applicant-id-number-invalid", "applicant.idNumber"), (error.Code, error.Field));
        Assert.Contains("12 chữ số", error.Message, StringComparison.Ordinal);
        Assert.Contains($"\"{typed}\"", error.Message, StringComparison.Ordinal);
        await using var db = h.Database.Create();
        Assert.Empty(db.Dossiers);
    }

    private static Task<ReceiveResult> Receive(EngineHarness h, string idNumber) =>
        h.Engine.ReceiveAsync(new ReceiveDossier("business-household-registration", Channel.Online, "p-hoa-an",
            new ApplicantInfo("Lê Văn Hùng", idNumber, Phone: "0987654321"), HouseholdData), Actor.Citizen("Lê Văn Hùng"));
}
