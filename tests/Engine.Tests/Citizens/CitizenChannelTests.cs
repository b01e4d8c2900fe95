using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.Fees;
using Workflow.Engine.Runtime.Feedback;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Citizens;

/// <summary>Fees, payments, the postal service, ratings and feedback, through the engine.</summary>
public class CitizenChannelTests
{
    private static Dictionary<string, object?> Land => new() { ["parcel"] = "Thửa 42, tờ 3", ["area"] = 120 };

    [Theory]
    [InlineData(1, 2000)]
    [InlineData(2, 4000)]
    [InlineData(3, 5000)]
    [InlineData(10, 12000)]
    [InlineData(300, 200000)]
    public void The_certified_copy_fee_is_tiered_by_page_and_capped_per_copy(int pages, int expected)
    {
        var definition = EngineHarness.RepositoryWorkspace.Catalog.Find("certified-copy", 1)!;
        var line = Assert.Single(FeeCalculator.Assess(definition, new Dictionary<string, object?> { ["pages"] = (decimal)pages }));
        Assert.Equal(expected, line.Amount);
    }

    [Fact]
    public void The_signature_certification_fee_is_flat()
    {
        var definition = EngineHarness.RepositoryWorkspace.Catalog.Find("signature-certification", 1)!;
        Assert.Equal(10000m, Assert.Single(FeeCalculator.Assess(definition, new Dictionary<string, object?>())).Amount);
    }

    [Fact]
    public async Task An_online_dossier_is_prechecked_paid_through_a_gateway_processed_returned_by_post_and_rated()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var citizen = Actor.Citizen("Trần Văn Bình");
        var submitted = await h.Engine.ReceiveAsync(new ReceiveDossier("land-first-certificate", Channel.Online, "x-tan-phu-my",
            new ApplicantInfo("Trần Văn Bình", "079080001111", "0903111222", "binh@example.vn", "Ấp 3, xã Tân Phú Mỹ"), Land,
            ResultDelivery: ResultDelivery.Post), citizen);
        Assert.Equal(1, submitted.StatusCode);

        await h.Engine.AcceptAsync(submitted.DossierId, EngineHarness.Officer("x-tan-phu-my", "desk-officer"));
        foreach (var (step, outcome) in new[] { ("receive", "transfer"), ("branch-review", "approve"), ("branch-head", "send"), ("tax-assessment", "notify") })
        {
            await h.CompleteAsync(submitted.DossierId, step, outcome);
        }

        Assert.Equal(6, (await h.DossierAsync(submitted.DossierId)).StatusCode);
        await h.Engine.RecordPaymentAsync(submitted.DossierId, PaymentMethod.Gateway, 1_250_000, "GW-20260302-0001", citizen);
        Assert.Equal(6, (await h.DossierAsync(submitted.DossierId)).StatusCode);
        var forbidden = await Assert.ThrowsAsync<WorkflowException>(() =>
            h.Engine.RecordPaymentAsync(submitted.DossierId, PaymentMethod.Desk, 1_250_000, "BL-1", EngineHarness.Officer("p-hoa-an", "desk-officer")));
        Assert.Equal(WorkflowErrorKind.Forbidden, forbidden.Kind);
        h.SetLocal(2026, 3, 4, 9, 0);
        await h.Engine.GatewayPaymentResultAsync("GW-20260302-0001", succeeded: true);
        Assert.Equal(4, (await h.DossierAsync(submitted.DossierId)).StatusCode);

        foreach (var (step, outcome) in new[] { ("branch-update", "submit"), ("branch-check", "submit"), ("registry-sign", "sign") })
        {
            await h.CompleteAsync(submitted.DossierId, step, outcome);
        }

        h.SetLocal(2026, 3, 6, 10, 0);
        var handedOver = EngineHarness.Local(2026, 3, 6, 9, 45);
        await h.Engine.ReturnByPostAsync(submitted.DossierId, "VNP-EE123456789VN", handedOver, EngineHarness.Officer("x-tan-phu-my", "desk-officer"));

        var dossier = await h.DossierAsync(submitted.DossierId);
        Assert.Equal((10, "VNP-EE123456789VN", handedOver.UtcDateTime), (dossier.StatusCode, dossier.PostalWaybillOut, dossier.ReturnedAt));
        var missingReason = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.RateAsync(submitted.DossierId, SatisfactionLevel.NotSatisfied, null, "online", citizen));
        Assert.Equal("reason", missingReason.Field);
        await h.Engine.RateAsync(submitted.DossierId, SatisfactionLevel.VerySatisfied, null, "online", citizen);
        var twice = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.RateAsync(submitted.DossierId, SatisfactionLevel.Satisfied, null, "online", citizen));
        Assert.Equal("already-rated", twice.Code);

        await using var db = h.Database.Create();
        var payment = await db.Payments.SingleAsync(p => p.DossierId == submitted.DossierId);
        Assert.Equal((PaymentStatus.Confirmed, "gateway"), (payment.Status, payment.ConfirmedBy));
        Assert.Equal(SatisfactionLevel.VerySatisfied, (await db.Ratings.SingleAsync(r => r.DossierId == submitted.DossierId)).Level);
        var journal = await h.JournalAsync(submitted.DossierId);
        Assert.Contains(journal, j => j.Command == "payment-started");
        Assert.Contains(journal, j => j.Command == "payment-confirmed" && j.ActorId == "system");
        Assert.Contains(journal, j => j.Command == "return-by-post");
    }

    [Fact]
    public async Task A_dossier_received_by_post_needs_its_waybill()
    {
        await using var h = await EngineHarness.StartAsync();
        var error = await Assert.ThrowsAsync<WorkflowException>(() => h.Engine.ReceiveAsync(
            new ReceiveDossier("land-first-certificate", Channel.Post, "x-tan-phu-my", new ApplicantInfo("Lê Thị Lan"), Land),
            EngineHarness.Officer("x-tan-phu-my", "desk-officer")));
        Assert.Equal("postalWaybill", error.Field);

        var received = await h.Engine.ReceiveAsync(
            new ReceiveDossier("land-first-certificate", Channel.Post, "x-tan-phu-my", new ApplicantInfo("Lê Thị Lan"), Land, PostalWaybill: "EE000111222VN"),
            EngineHarness.Officer("x-tan-phu-my", "desk-officer"));
        Assert.Equal("EE000111222VN", (await h.DossierAsync(received.DossierId)).PostalWaybillIn);
    }

    [Fact]
    public async Task Feedback_goes_to_the_dossiers_unit_with_its_own_deadline_and_is_answered_early_on_time_or_late()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var d = await h.ReceiveAtDeskAsync("land-first-certificate", "x-tan-phu-my", Land);
        var code = (await h.DossierAsync(d.DossierId)).Code;
        var feedback = new FeedbackService(h.Database, h.Workspace, h.Clock);

        var first = await feedback.SubmitAsync(new SubmitFeedback(FeedbackKind.Report, "Chậm trả kết quả", "Đã quá hẹn mà chưa có kết quả.", "Nguyễn Thị Minh Thư", SubmitterEmail: "thu@example.vn", DossierCode: code));
        Assert.Equal("x-tan-phu-my", first.AssignedUnitId);
        Assert.Matches(@"^PA-260302-0001$", first.Code);
        // Ten working days from Monday 02/03: the close of Monday 16/03.
        Assert.Equal(EngineHarness.Local(2026, 3, 16, 17, 0), first.DueAt);
        var second = await feedback.SubmitAsync(new SubmitFeedback(FeedbackKind.Recommendation, "Mở cửa thứ Bảy", "Đề nghị nhận hồ sơ sáng thứ Bảy.", "Phạm Văn Dũng", SubmitterPhone: "0911222333", UnitId: "x-tan-phu-my"));

        var outsider = await Assert.ThrowsAsync<WorkflowException>(() => feedback.AnswerAsync(first.Id, "Trả lời", true, EngineHarness.Officer("p-hoa-an", "leader")));
        Assert.Equal(WorkflowErrorKind.Forbidden, outsider.Kind);
        h.SetLocal(2026, 3, 5, 10, 0);
        await feedback.AnswerAsync(first.Id, "Hồ sơ đã có kết quả, mời Bà đến nhận.", publish: true, EngineHarness.Officer("x-tan-phu-my", "leader"));
        h.SetLocal(2026, 3, 17, 8, 0);
        await feedback.AnswerAsync(second.Id, "Xã sẽ xem xét bố trí.", publish: false, EngineHarness.Officer("x-tan-phu-my", "leader"));
        var again = await Assert.ThrowsAsync<WorkflowException>(() => feedback.AnswerAsync(second.Id, "Lần hai", false, EngineHarness.Officer("x-tan-phu-my", "leader")));
        Assert.Equal("feedback-answered", again.Code);

        await using var db = h.Database.Create();
        var answered = await db.Feedback.AsNoTracking().OrderBy(f => f.Code).ToListAsync();
        Assert.Equal([(Workflow.Engine.Deadlines.Punctuality?)Workflow.Engine.Deadlines.Punctuality.Early, Workflow.Engine.Deadlines.Punctuality.Late], answered.Select(f => f.Punctuality));
        Assert.Equal([true, false], answered.Select(f => f.Published));
        Assert.Equal(2, await db.Outbox.CountAsync(m => m.Topic == "feedback-answered"));
    }
}
