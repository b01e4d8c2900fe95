using System.Net;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Security;

/// <summary>Public feedback cannot be used to learn which dossier codes exist: naming a dossier needs its secret, and every miss gets one answer.</summary>
public sealed class FeedbackProbingTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task An_unknown_code_and_a_wrong_secret_get_the_same_answer_and_the_right_secret_files_the_feedback()
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var received = await desk.PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "business-household-registration", receivingUnitId = "x-tan-phu-my",
            applicant = new { name = "Nguyễn Văn An" }, data = new { businessName = "Tiệm may An", members = 1 },
        });
        Assert.Equal(HttpStatusCode.Created, received.StatusCode);
        var dossier = await received.ReadAsync();
        var citizen = await server.ClientAsAsync(null);

        var wrongSecret = await citizen.PostJsonAsync("/api/public/feedback", Feedback(dossier.Text("code"), "SAISAI99"));
        var unknownCode = await citizen.PostJsonAsync("/api/public/feedback", Feedback("H55.31-991231-9999", "SAISAI99"));
        var noSecret = await citizen.PostJsonAsync("/api/public/feedback", Feedback(dossier.Text("code"), null));
        var proven = await citizen.PostJsonAsync("/api/public/feedback", Feedback(dossier.Text("code"), dossier.Text("trackingSecret")));

        Assert.Equal(wrongSecret.StatusCode, unknownCode.StatusCode);
        Assert.Equal(wrongSecret.StatusCode, noSecret.StatusCode);
        var (wrong, unknown) = (await wrongSecret.ReadAsync(), await unknownCode.ReadAsync());
        Assert.Equal(wrong.Text("detail"), unknown.Text("detail"));
        Assert.Equal(wrong.Text("code"), unknown.Text("code"));
        Assert.Equal("dossierCode", unknown.Text("field"));
        Assert.Equal(HttpStatusCode.Created, proven.StatusCode);
        Assert.Equal("x-tan-phu-my", (await proven.ReadAsync()).Text("assignedUnitId"));
    }

    private static object Feedback(string code, string? secret) => new
    {
        kind = "report", subject = "Chờ lâu", content = "Phải chờ hơn một giờ.", submitterName = "Mạc Thị Yên", submitterPhone = "0977000111",
        dossierCode = code, dossierSecret = secret,
    };
}
