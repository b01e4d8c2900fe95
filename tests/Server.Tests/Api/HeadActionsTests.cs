using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workflow.Server.Tests.Support;

namespace Workflow.Server.Tests.Api;

/// <summary>A leader of the handling unit extends, apologises once (not before the dossier is about to be late) with a new appointment, and stops a dossier.</summary>
public sealed class HeadActionsTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task A_leader_extends_apologises_only_once_and_stops_and_the_citizen_reads_the_apology()
    {
        var desk = await server.ClientAsAsync("motcua.tanphumy");
        var leader = await server.ClientAsAsync("lanhdao.tanphumy");
        var receipt = await (await desk.PostJsonAsync("/api/desk/dossiers", new
        {
            procedureId = "business-household-registration",
            receivingUnitId = "x-tan-phu-my",
            applicant = new { name = "Đinh Văn Lộc" },
            data = new { businessName = "Sửa xe Lộc", members = 1 },
        })).ReadAsync();
        var id = receipt.Text("dossierId");
        var appointment = DateTimeOffset.Parse(receipt.Text("appointment"));

        var extended = await leader.PostJsonAsync($"/api/dossiers/{id}/extend", new { value = 2, unit = "working-days", reason = "Cần xác minh địa điểm kinh doanh." });
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var due = DateTimeOffset.Parse((await extended.ReadAsync()).Text("dueAt"));
        Assert.True(due > appointment);

        // Days before the due the dossier is not late: no apology yet, with the reason and when it becomes possible.
        var newAppointment = due.AddDays(3).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        var early = await leader.PostJsonAsync($"/api/dossiers/{id}/apologise", new { newAppointment, reason = "Chờ ý kiến của Phòng Kinh tế." });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var refusal = await early.ReadAsync();
        Assert.Equal("apology-too-early", refusal.Text("code"));
        Assert.Contains("chưa trễ hạn", refusal.Text("detail"), StringComparison.Ordinal);
        var opens = DateTimeOffset.ParseExact(Regex.Match(refusal.Text("detail"), @"từ (\d\d/\d\d/\d{4} \d\d:\d\d)").Groups[1].Value + " +07:00",
            "dd/MM/yyyy HH:mm zzz", CultureInfo.InvariantCulture);
        // The apology is due one working day before the due (the due is at a day's close, so by the
        // close of the working day before); it is offered from that working day's start.
        Assert.InRange(due - opens, TimeSpan.FromHours(24), TimeSpan.FromDays(6));
        Assert.Equal(new TimeOnly(7, 0), TimeOnly.FromTimeSpan(opens.TimeOfDay));

        server.Clock.SetUtcNow(opens.AddMinutes(-1));
        server.ForgetTokens();
        leader = await server.ClientAsAsync("lanhdao.tanphumy");
        var stillEarly = await leader.PostJsonAsync($"/api/dossiers/{id}/apologise", new { newAppointment, reason = "Chờ ý kiến của Phòng Kinh tế." });
        Assert.Equal(HttpStatusCode.Conflict, stillEarly.StatusCode);

        // From the start of the working day before the due it is about to be late: the apology is taken, in time.
        server.Clock.SetUtcNow(opens);
        server.ForgetTokens();
        leader = await server.ClientAsAsync("lanhdao.tanphumy");
        var apology = await leader.PostJsonAsync($"/api/dossiers/{id}/apologise", new { newAppointment, reason = "Chờ ý kiến của Phòng Kinh tế." });
        Assert.Equal(HttpStatusCode.OK, apology.StatusCode);
        var second = await leader.PostJsonAsync($"/api/dossiers/{id}/apologise", new { newAppointment = due.AddDays(5).ToString("yyyy-MM-dd'T'HH:mm:sszzz"), reason = "Lần hai." });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("reschedule-once", (await second.ReadAsync()).Text("code"));

        var stopped = await leader.PostJsonAsync($"/api/dossiers/{id}/stop", new { reason = "Người nộp không bổ sung được giấy tờ pháp lý." });
        Assert.Equal(8, (await stopped.ReadAsync()).GetProperty("statusCode").GetInt32());

        var tracked = await (await (await server.ClientAsAsync(null)).PostJsonAsync("/api/public/tracking", new { code = receipt.Text("code"), secret = receipt.Text("trackingSecret") })).ReadAsync();
        var milestones = tracked.GetProperty("milestones").EnumerateArray().ToList();
        Assert.Contains(milestones, m => m.Text("kind") == "apologise" && m.Text("notice") == "Chờ ý kiến của Phòng Kinh tế.");
        Assert.Equal("stop", milestones[^1].Text("kind"));
        Assert.Equal(JsonValueKind.String, tracked.GetProperty("appointmentAt").ValueKind);
    }
}
