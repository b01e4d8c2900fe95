using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Notifications;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.States;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Notifications;

/// <summary>
/// The tracking secret reaches the citizen in the first message, even as a shortened text message, and
/// does not stay in the outbox once sent: the dossier keeps only its hash.
/// </summary>
public class TrackingSecretMessageTests
{
    [Fact]
    public async Task The_text_message_carries_the_secret_with_a_long_body_and_the_sent_message_no_longer_holds_it()
    {
        await using var h = await EngineHarness.StartAsync(EngineHarness.Local(2026, 3, 2, 8, 0));
        var reason = string.Join(" ", Enumerable.Repeat("Văn bản cần ký có nội dung trái pháp luật và chưa có chữ ký của người yêu cầu chứng thực.", 5));
        var received = await h.Engine.ReceiveAsync(new ReceiveDossier("signature-certification", Workflow.Engine.Definitions.Model.Channel.Desk, "x-tan-phu-my",
            new ApplicantInfo("Võ Thị Sáu", Phone: "0909123456"), Decision: IntakeDecision.Refuse, Reason: reason),
            EngineHarness.Officer("x-tan-phu-my", "desk-officer"));
        var sms = new RecordingSmsSender();
        var dispatcher = new OutboxDispatcher(h.Database, h.Clock, email: null, sms);

        await dispatcher.DispatchOnceAsync();

        var text = Assert.Single(sms.Sent);
        Assert.Equal("0909123456", text.Phone);
        Assert.EndsWith("...", text.Text, StringComparison.Ordinal);
        Assert.Contains($"Mã tra cứu hồ sơ: {received.TrackingSecret}", text.Text, StringComparison.Ordinal);
        await using var db = h.Database.Create();
        var stored = await db.Outbox.SingleAsync(m => m.DossierId == received.DossierId && m.RecipientKind == RecipientKind.Citizen);
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.DoesNotContain(received.TrackingSecret, stored.Body, StringComparison.Ordinal);
        Assert.StartsWith("Mã tra cứu hồ sơ: (đã gửi cho người nộp, không lưu lại)", stored.Body, StringComparison.Ordinal);
        Assert.Contains(reason, stored.Body, StringComparison.Ordinal);
    }
}
