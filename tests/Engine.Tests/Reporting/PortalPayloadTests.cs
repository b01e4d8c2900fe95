using System.Text.Json;
using Workflow.Engine.Reporting.Portal;

namespace Workflow.Engine.Tests.Reporting;

/// <summary>The national portal payload: codes, channel, dates in yyyyMMddHHmmss Vietnam time, and the status history.</summary>
public sealed class PortalPayloadTests(MarchScenario scenario) : IClassFixture<MarchScenario>
{
    private PortalPayloadBuilder Builder => new(scenario.Harness.Database, scenario.Harness.Workspace.Current);

    [Fact]
    public async Task A_postal_dossier_with_a_supplement_carries_its_codes_dates_and_history()
    {
        var payload = (await Builder.ForDossierAsync(scenario["M6"]))!;

        // The only dossier x-tan-phu-my (H55.32) received on 11/03/2026.
        Assert.Equal("H55.32-260311-0001", payload.DossierCode);
        Assert.Equal(("1.001193", "H55.32", "Hộ tịch", 3), (payload.ProcedureCode, payload.AgencyCode, payload.Field, payload.Channel));
        Assert.Equal(("Nguyễn Thị Minh Thư", "079190001234"), (payload.Applicant.Name, payload.Applicant.IdNumber));
        // Filed by post 11/03 09:00 (accepted at the signed handover); the clock restarted at 13/03 09:00, so due 13/03 17:00;
        // the result was ready at 11:00 and handed to the post at 14:00.
        Assert.Equal("20260311090000", payload.SubmittedAt);
        Assert.Equal("20260311090000", payload.ReceivedAt);
        Assert.Equal("20260313170000", payload.AppointmentAt);
        Assert.Equal("20260313110000", payload.FinishedAt);
        Assert.Equal("20260313140000", payload.ReturnedAt);
        Assert.Equal((10, "done", "Đã trả kết quả", "on-time"), (payload.Status, payload.StatusValue, payload.StatusName, payload.Punctuality));

        // Accepted (2) → handed to the civil-status officer (4) → supplement requested (5) → supplement in (4)
        // → handed to the signer (4) → result ready (9) → returned by post (10).
        Assert.Equal([2, 4, 5, 4, 4, 9, 10], payload.History.Select(u => u.Status));
        Assert.Equal(["20260311090000", "20260311093000", "20260311100000", "20260313090000", "20260313100000", "20260313110000", "20260313140000"],
            payload.History.Select(u => u.At));
        Assert.Equal([null, 2, 4, 5, 4, 4, 9], payload.History.Select(u => u.FromStatus));
        Assert.Equal("waiting", payload.History[2].StatusValue);
        Assert.Equal("Thiếu giấy chứng sinh bản chính", payload.History[2].Note);
        Assert.Contains("request-supplement", payload.History[2].Commands);
        Assert.Equal(["return-by-post", "end"], payload.History[^1].Commands);
        Assert.Equal(("H55.32", "H55.32"), (payload.History[1].FromAgencyCode, payload.History[1].ToAgencyCode));
    }

    [Fact]
    public async Task The_next_sync_sends_only_what_came_after_the_last_update_sent()
    {
        var full = (await Builder.ForDossierAsync(scenario["M6"]))!;
        var afterSupplement = full.History[2].Sequence;

        var later = await Builder.UpdatesAfterAsync(scenario["M6"], afterSupplement);

        Assert.Equal(full.History.Skip(3).Select(u => (u.Sequence, u.Status)), later.Select(u => (u.Sequence, u.Status)));
        Assert.Equal(5, later[0].FromStatus);
    }

    [Fact]
    public async Task Status_codes_follow_the_portal_for_refused_withdrawn_rejected_and_open_dossiers()
    {
        var refused = (await Builder.ForDossierAsync(scenario["M8"]))!;
        Assert.Equal((3, "denied", null as string), (refused.Status, refused.StatusValue, refused.ReceivedAt));
        Assert.Equal([1, 3], refused.History.Select(u => u.Status));
        Assert.Equal("20260318080000", refused.SubmittedAt);
        Assert.Equal(2, refused.Channel);

        var withdrawn = (await Builder.ForDossierAsync(scenario["M7"]))!;
        Assert.Equal((7, "cancelled"), (withdrawn.Status, withdrawn.StatusValue));
        var rejected = (await Builder.ForDossierAsync(scenario["M9"]))!;
        Assert.Equal((8, "unresolved", "on-time"), (rejected.Status, rejected.StatusValue, rejected.Punctuality));
        var waiting = (await Builder.ForDossierAsync(scenario["M12"]))!;
        Assert.Equal((1, "receiving"), (waiting.Status, waiting.StatusValue));

        // The land certificate has no national procedure code in its definition: sent as null, not invented.
        var land = (await Builder.ForDossierAsync(scenario["M11"]))!;
        Assert.Null(land.ProcedureCode);
        Assert.Equal("H55.31", land.AgencyCode);
    }

    [Fact]
    public async Task The_json_uses_camel_case_keeps_Vietnamese_letters_and_portal_dates()
    {
        var payload = (await Builder.ForCodeAsync((await scenario.Harness.DossierAsync(scenario["M2"])).Code))!;
        var json = PortalPayloadBuilder.ToJson(payload);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("1.001612", root.GetProperty("procedureCode").GetString());
        Assert.Equal(2, root.GetProperty("channel").GetInt32());
        Assert.Equal("20260304083000", root.GetProperty("finishedAt").GetString());
        Assert.Equal("early", root.GetProperty("punctuality").GetString());
        Assert.Contains("Đăng ký thành lập hộ kinh doanh", json, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 1, 30, 0, TimeSpan.Zero), PortalDate.Parse(root.GetProperty("finishedAt").GetString()!));
    }
}
