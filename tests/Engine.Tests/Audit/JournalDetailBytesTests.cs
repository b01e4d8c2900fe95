using System.Text.Json;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Delegation;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Execution;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Tests.Audit;

/// <summary>
/// Each typed journal detail writes exactly the bytes the anonymous object it replaced wrote, so
/// the hashes of journals recorded before keep verifying. Each case pairs a record with the
/// anonymous object of the original call site (same property names, order and CLR types): a
/// renamed, reordered or retyped property fails here.
/// </summary>
public class JournalDetailBytesTests
{
    private static readonly DateTime Utc = new(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime Unspecified = new(2026, 3, 9, 10, 0, 0, DateTimeKind.Unspecified);
    private static readonly Guid Id = Guid.Parse("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

    public static TheoryData<string, string, IJournalDetail, object> Cases()
    {
        var data = new TheoryData<string, string, IJournalDetail, object>();
        void Add(string name, string kind, IJournalDetail detail, object old) => data.Add(name, kind, detail, old);

        IReadOnlyList<ReceivedDocument>? documents = [new ReceivedDocument("giay-to-<1>", Originals: 1), new ReceivedDocument("cmnd", CertifiedCopies: 2)];
        IReadOnlyList<object> attachments = [new { upload = Id, document = "don", name = "Đơn đề nghị \"bản sao\".pdf", sha256 = "ab12", size = 1024L }];
        IReadOnlyList<FiledAttachment> filed = [new FiledAttachment(Id, "don", "Đơn đề nghị \"bản sao\".pdf", "ab12", 1024L)];
        foreach (var (channel, kind) in new[] { (Channel.Online, JournalKinds.SubmitOnline), (Channel.Post, JournalKinds.ReceiveByPost), (Channel.Desk, JournalKinds.ReceiveAtDesk) })
        {
            string? waybill = channel == Channel.Post ? "EE123456789VN" : null;
            Add($"filed {channel}", kind, new DossierFiledDetail("certified-copy@3", channel, Unspecified, documents, 2, filed, waybill),
                new { procedure = "certified-copy@3", channel, filedAt = Unspecified, documents, sets = 2, attachments, waybill });
        }

        IReadOnlyList<ReceivedDocument>? none = null;
        IReadOnlyList<object> noFiles = [];
        Add("filed without papers", JournalKinds.ReceiveAtDesk, new DossierFiledDetail("p@1", Channel.Desk, Utc, none, 1, [], null),
            new { procedure = "p@1", channel = Channel.Desk, filedAt = Utc, documents = none, sets = 1, attachments = noFiles, waybill = (string?)null });

        DateTime? due = Unspecified;
        Add("accept", JournalKinds.Accept, new AcceptDetail(Duration.WorkingDays(5).ToString(), due, "Bắt đầu: 02/03/2026\nHạn: 09/03/2026 <17:00>"),
            new { duration = Duration.WorkingDays(5).ToString(), due, explanation = "Bắt đầu: 02/03/2026\nHạn: 09/03/2026 <17:00>" });

        IReadOnlyList<string> missing = ["Bản sao giấy khai sinh", "Ảnh 4x6 & chữ ký"];
        Add("ask-to-complete", JournalKinds.AskToComplete, new AskToCompleteDetail(missing), new { missing });

        IReadOnlyList<ReceivedDocument> resubmitted = [new ReceivedDocument("cmnd", 1, 0, 3)];
        Add("resubmit", JournalKinds.Resubmit, new ResubmitDetail(resubmitted), new { documents = resubmitted });

        string? role = "specialist";
        DateTime? itemDue = Utc;
        WorkItemFrom? from = null;
        Add("task-created", JournalKinds.TaskCreated, new TaskCreatedDetail("check", "p-hoa-an", role, itemDue, null, null),
            new { step = "check", unit = "p-hoa-an", role, due = itemDue, fromStep = from?.StepId, fromOfficer = from?.CompletedByName });
        from = new WorkItemFrom("check", "Nguyễn Văn A");
        Add("handoff", JournalKinds.Handoff, new HandoffDetail("sign", "ubnd", "head", itemDue, "check", "Nguyễn Văn A"),
            new { step = "sign", unit = "ubnd", role = (string?)"head", due = itemDue, fromStep = from?.StepId, fromOfficer = from?.CompletedByName });

        string? previous = "Trần Thị B";
        Add("release", JournalKinds.Release, new ReleaseDetail(previous), new { previous });
        Add("release unheld", JournalKinds.Release, new ReleaseDetail(null), new { previous = (string?)null });
        Add("assign", JournalKinds.Assign, new AssignDetail("o-2", "Lê C", previous), new { to = "o-2", toName = "Lê C", previous });
        Add("delegate", JournalKinds.Delegate, new DelegateDetail("o-3", "Phạm D", null), new { to = "o-3", toName = "Phạm D", previous = (string?)null });

        Punctuality? punctuality = Punctuality.OnTime;
        IReadOnlyList<string>? taskFiles = ["upload-1"];
        Add("complete", JournalKinds.Complete, new CompleteDetail("reject", OutcomeKind.Reject, "refused", punctuality, taskFiles),
            new { outcome = "reject", kind = OutcomeKind.Reject, to = "refused", punctuality, attachments = taskFiles });
        IReadOnlyList<string>? noTaskFiles = null;
        Add("complete plain", JournalKinds.Complete, new CompleteDetail("approve", OutcomeKind.Approve, "sign", null, null),
            new { outcome = "approve", kind = OutcomeKind.Approve, to = "sign", punctuality = (Punctuality?)null, attachments = noTaskFiles });

        IReadOnlyList<string> branches = ["police", "tax"];
        JoinMode? mode = JoinMode.Count;
        int required = 1;
        string instance = "a1b2c3d4e5f6";
        Add("fork", JournalKinds.Fork, new ForkDetail("consult", "gather", branches, mode, required, instance),
            new { step = "consult", join = "gather", branches, mode, required, instance });
        Add("branch-arrived", JournalKinds.BranchArrived, new BranchArrivedDetail("gather", instance, 1, 1, 2),
            new { join = "gather", instance, branch = 1, arrived = 1, required = 2 });
        Add("branch-closed", JournalKinds.BranchClosed, new BranchClosedDetail("gather", instance), new { join = "gather", instance });
        Add("late-branch-closed", JournalKinds.LateBranchClosed, new LateBranchClosedDetail("gather", instance, 0),
            new { join = "gather", instance, branch = 0 });
        DateTime? deadline = Utc;
        ConsultationDeadlineEffect? onDeadline = ConsultationDeadlineEffect.AssumeAgreement;
        Add("fork with a deadline", JournalKinds.Fork, new ForkDetail("consult", "gather", branches, mode, required, instance, deadline, onDeadline),
            new { step = "consult", join = "gather", branches, mode, required, instance, deadline, onDeadline });
        IReadOnlyList<int> silentBranches = [0, 2];
        IReadOnlyList<string> silentUnits = ["police", "tax"];
        string? asking = "p-hoa-an-kt";
        Add("consultation-deadline-passed", JournalKinds.ConsultationDeadlinePassed,
            new ConsultationDeadlinePassedDetail(Id, "gather", instance, deadline, ConsultationDeadlineEffect.Escalate, silentBranches, silentUnits, asking, "head"),
            new { timer = Id, join = "gather", instance, deadline, effect = ConsultationDeadlineEffect.Escalate, silentBranches, silentUnits, askingUnit = asking, escalatedTo = (string?)"head" });
        Punctuality? lateAnswer = Punctuality.Late;
        Add("late-contribution", JournalKinds.LateContribution,
            new LateContributionDetail("opinion", OutcomeKind.Approve, lateAnswer, taskFiles, "gather", instance, "join-count"),
            new { outcome = "opinion", kind = OutcomeKind.Approve, punctuality = lateAnswer, attachments = taskFiles, join = (string?)"gather", instance = (string?)instance, closed = (string?)"join-count" });

        DateTime? childDue = Utc;
        DateTime? appointment = Utc;
        Add("child-filed", JournalKinds.ChildFiled, new ChildFiledDetail("file-residence", Id, "G03.55.02-261215-0001", "permanent-residence-registration@1", "ca-x-tan-phu-my", ChildAwait.Ended, childDue, appointment),
            new { step = "file-residence", child = Id, childCode = "G03.55.02-261215-0001", procedure = "permanent-residence-registration@1", unit = "ca-x-tan-phu-my", await = ChildAwait.Ended, childDue, appointment });
        IReadOnlyList<string> passed = ["childName", "birthDate"];
        Add("filed-by-parent", JournalKinds.FiledByParent, new FiledByParentDetail(Id, "H55.32-261215-0001", "file-residence", "permanent-residence-registration@1", passed),
            new { parent = Id, parentCode = "H55.32-261215-0001", parentStep = "file-residence", procedure = "permanent-residence-registration@1", passed });
        EndResult? childResult = EndResult.Refused;
        string? next = "linked-done";
        Add("child-ended", JournalKinds.ChildEnded, new ChildEndedDetail(Id, "G03.55.02-261215-0001", "file-residence", DossierState.Rejected, childResult, next),
            new { child = Id, childCode = "G03.55.02-261215-0001", step = "file-residence", state = DossierState.Rejected, result = childResult, next });

        var i = 2;
        Add("decision", JournalKinds.Decision, new DecisionDetail("route", i, "data.area > 100 && data.kind == \"đất\"", "survey"),
            new { step = "route", rule = i, when = "data.area > 100 && data.kind == \"đất\"", to = "survey" });
        string? otherwise = "sign";
        Add("decision otherwise", JournalKinds.Decision, DecisionOtherwiseDetail.For("route", otherwise), new { step = "route", rule = "otherwise", to = otherwise });

        var clock = ClockEffect.Pause;
        Add("wait-supplement", JournalKinds.WaitSupplement, new WaitSupplementDetail("wait", clock), new { step = "wait", clock });
        Add("wait-payment", JournalKinds.WaitPayment, new WaitPaymentDetail("pay", ClockEffect.Run), new { step = "pay", clock = ClockEffect.Run });
        DateTime? citizenDeadline = Utc;
        CitizenDeadlineEffect? onExpiry = CitizenDeadlineEffect.Return;
        Add("wait-payment with a citizen's deadline", JournalKinds.WaitPayment, new WaitPaymentDetail("pay", ClockEffect.Pause, citizenDeadline, onExpiry),
            new { step = "pay", clock = ClockEffect.Pause, citizenDeadline, onExpiry });
        Add("citizen-deadline-passed", JournalKinds.CitizenDeadlinePassed, new CitizenDeadlinePassedDetail(Id, "pay", WaitReason.Obligation, Utc, CitizenDeadlineEffect.Stop),
            new { timer = Id, step = "pay", waitFor = WaitReason.Obligation, deadline = Utc, effect = CitizenDeadlineEffect.Stop });

        var resumeAt = "check";
        var lateNotice = true;
        Add("request-supplement", JournalKinds.RequestSupplement, new RequestSupplementDetail(ClockEffect.Restart, resumeAt, Utc, lateNotice),
            new { clock = ClockEffect.Restart, resumeAt, noticeDue = Utc, lateNotice });
        Add("request-supplement with a citizen's deadline", JournalKinds.RequestSupplement, new RequestSupplementDetail(ClockEffect.Restart, resumeAt, Utc, false, citizenDeadline, CitizenDeadlineEffect.Stop),
            new { clock = ClockEffect.Restart, resumeAt, noticeDue = Utc, lateNotice = false, citizenDeadline, onExpiry = (CitizenDeadlineEffect?)CitizenDeadlineEffect.Stop });

        ClockEffect? waitClock = ClockEffect.Restart;
        Add("supplement-received", JournalKinds.SupplementReceived, new SupplementReceivedDetail(waitClock, due), new { clock = waitClock, due });
        Add("payment-received", JournalKinds.PaymentReceived, new PaymentReceivedDetail(null, null), new { clock = (ClockEffect?)null, due = (DateTime?)null });

        var method = PaymentMethod.BankTransfer;
        var amount = 150_000.50m;
        string? feeId = "le-phi";
        Add("payment-confirmed at desk", JournalKinds.PaymentConfirmed, new PaymentConfirmedDetail(Id, method, amount, "BL-0001", feeId),
            new { payment = Id, method, amount, reference = "BL-0001", fee = feeId });
        Add("payment-started", JournalKinds.PaymentStarted, new PaymentStartedDetail(Id, PaymentMethod.Gateway, 0m, "GW-1", null),
            new { payment = Id, method = PaymentMethod.Gateway, amount = 0m, reference = "GW-1", fee = (string?)null });
        Add("payment-confirmed by gateway", JournalKinds.PaymentConfirmed, new PaymentConfirmedDetail(Id, PaymentMethod.Gateway, 20000m, "GW-1"),
            new { payment = Id, method = PaymentMethod.Gateway, amount = 20000m, reference = "GW-1" });
        Add("payment-failed", JournalKinds.PaymentFailed, new PaymentFailedDetail(Id, PaymentMethod.Gateway, 20000m, "GW-1"),
            new { payment = Id, method = PaymentMethod.Gateway, amount = 20000m, reference = "GW-1" });

        Add("extend", JournalKinds.Extend, new ExtendDetail(Duration.WorkingDays(3).ToString(), due), new { by = Duration.WorkingDays(3).ToString(), due });

        DateTime? previousAppointment = Unspecified;
        Add("apologise", JournalKinds.Apologise, new ApologiseDetail("p-tu-phap", previousAppointment, Utc, Utc.AddDays(-1), false),
            new { lateUnit = "p-tu-phap", previousAppointment, newAppointment = Utc, latestAllowed = Utc.AddDays(-1), issuedInTime = false });
        Add("apologise without appointment", JournalKinds.Apologise, new ApologiseDetail("p-tu-phap", null, Utc, Utc, true),
            new { lateUnit = "p-tu-phap", previousAppointment = (DateTime?)null, newAppointment = Utc, latestAllowed = Utc, issuedInTime = true });

        DateTime? before = Unspecified;
        DateTime? after = null;
        var oldChanges = new List<object> { new { dossier = true, before, after }, new { step = "check", before = itemDue, after = (DateTime?)Utc } };
        Add("deadline-recomputed", JournalKinds.DeadlineRecomputed,
            new DeadlineRecomputedDetail([DueInstantChange.OfDossier(before, after), DueInstantChange.OfStep("check", itemDue, Utc)]),
            new { changes = oldChanges });

        string? unit = "p-hoa-an";
        string? assignee = null;
        Add("step-overdue", JournalKinds.StepOverdue, new StepOverdueDetail(Id, itemDue, unit, assignee), new { timer = Id, due = itemDue, unit, assignee });
        var holders = new List<string> { "p-hoa-an", "ubnd" };
        Add("dossier-near-due", JournalKinds.DossierNearDue, new DossierNearDueDetail(Id, due, holders), new { timer = Id, due, holders });
        Add("dossier-overdue", JournalKinds.DossierOverdue, new DossierOverdueDetail(Id, due, holders, true), new { timer = Id, due, holders, apologised = true });

        IReadOnlyList<StepMapping> mapping = [new StepMapping("check", "review")];
        Add("migrate", JournalKinds.Migrate, new MigrateDetail("p@1", "p@2", mapping), new { from = "p@1", to = "p@2", mapping });

        var effective = new DateOnly(2026, 3, 10);
        Add("unit-succession", JournalKinds.UnitSuccession, new UnitSuccessionDetail("so-xay-dung", "so-nnmt", Id, effective, true),
            new { from = "so-xay-dung", to = "so-nnmt", change = Id, effectiveDate = effective, holderKept = true });

        string? colleague = "o-2";
        Add("absence-reassign", JournalKinds.AbsenceReassign, new AbsenceReassignDetail("o-1", "Trần Thị B", colleague, "Lê C"),
            new { absent = "o-1", absentName = "Trần Thị B", to = colleague, toName = "Lê C" });

        var lastDay = new DateOnly(2026, 3, 5);
        Add("acting-for", JournalKinds.ActingFor, new ActingForDetail(Id, "o-1", "Trần Thị B", lastDay),
            new { delegation = Id, delegator = "o-1", delegatorName = "Trần Thị B", lastDay });

        string? authorisationDocument = "15/GUQ-UBND";
        var block = "TUQ. CHỦ TỊCH / GIÁM ĐỐC SỞ TƯ PHÁP / Lê C";
        Add("signed-on-behalf", JournalKinds.SignedOnBehalf, new SignedOnBehalfDetail(Id, Id, SigningOnBehalfKind.Tuq, "o-2", "Lê C", "o-1", "Trần Thị B", block, authorisationDocument),
            new { document = Id, authorisation = Id, onBehalfKind = SigningOnBehalfKind.Tuq, signer = "o-2", signerName = "Lê C", principal = "o-1", principalName = "Trần Thị B", block, authorisationDocument });

        Add("return-by-post", JournalKinds.ReturnByPost, new ReturnByPostDetail("EE1VN", Utc, "returned"),
            new { waybill = "EE1VN", handedOverAt = Utc, outcome = "returned" });

        EndResult? result = EndResult.Issued;
        Punctuality? finish = Punctuality.Early;
        Add("end", JournalKinds.End, new EndDetail("done", result, finish), new { step = "done", result, punctuality = finish });
        Add("end unclassified", JournalKinds.End, new EndDetail("done", EndResult.Withdrawn, null),
            new { step = "done", result = (EndResult?)EndResult.Withdrawn, punctuality = (Punctuality?)null });

        Add("document-issued", JournalKinds.DocumentIssued, new DocumentIssuedDetail(Id, "receipt", "default", "sha-c", "sha-t", "application/pdf", Signed: true),
            new { document = Id, purpose = "receipt", set = "default", contentHash = "sha-c", templateHash = "sha-t", mediaType = "application/pdf", signed = true });

        var level = SatisfactionLevel.NotSatisfied;
        var channelWord = "online";
        Add("rate", JournalKinds.Rate, new RateDetail(level, channelWord), new { level, channel = channelWord });

        // Results were typed from the start: these pin the bytes they write.
        var validFrom = new DateOnly(2026, 3, 2);
        DateOnly? validTo = new DateOnly(2027, 3, 1);
        Add("result-issued", JournalKinds.ResultIssued, new ResultIssuedDetail(Id, "giay-phep", Workflow.Engine.Results.ResultOrigin.Attached, "sha-c", "application/pdf", validFrom, validTo),
            new { document = Id, result = "giay-phep", origin = Workflow.Engine.Results.ResultOrigin.Attached, contentHash = "sha-c", mediaType = "application/pdf", validFrom, validTo });
        Add("result-signed", JournalKinds.ResultSigned, new ResultSignedDetail(Id, "AB12", "sha-c"), new { document = Id, certificate = "AB12", contentHash = "sha-c" });
        IReadOnlyList<Guid> delivered = [Id];
        Add("result-delivered", JournalKinds.ResultDelivered, new ResultDeliveredDetail(delivered, ResultDelivery.Online), new { documents = delivered, channel = ResultDelivery.Online });
        Add("result-revoked", JournalKinds.ResultRevoked, new ResultRevokedDetail(Id, "x-tan-phu-my"), new { document = Id, unit = "x-tan-phu-my" });

        // The electronic data store was typed from the start too.
        Add("component-reused-from-store", JournalKinds.ComponentReusedFromStore, new ComponentReusedFromStoreDetail("giay-phep", "result", Id, "building-permit-house/giay-phep", Id, "G03-1", "sha-c"),
            new { document = "giay-phep", source = "result", entry = Id, type = "building-permit-house/giay-phep", sourceDossier = Id, sourceDossierCode = "G03-1", contentHash = "sha-c" });
        IReadOnlyList<Guid> shown = [Id];
        Add("store-viewed", JournalKinds.StoreViewed, new StoreViewedDetail(Workflow.Engine.Store.StoreAccessVia.Tracking, shown), new { via = Workflow.Engine.Store.StoreAccessVia.Tracking, entries = shown });
        IReadOnlyList<DigitisedFile> scans = [new DigitisedFile(Id, "giay-phep.pdf", "application/pdf", 1234, "sha-c")];
        Add("component-digitised", JournalKinds.ComponentDigitised, new ComponentDigitisedDetail("giay-phep", scans),
            new { document = "giay-phep", files = new[] { new { file = Id, name = "giay-phep.pdf", mediaType = "application/pdf", size = 1234L, contentHash = "sha-c" } } });
        IReadOnlyList<string> hashes = ["sha-c"];
        Add("component-certified", JournalKinds.ComponentCertified, new ComponentCertifiedDetail("giay-phep", "AB12", hashes), new { document = "giay-phep", certificate = "AB12", contentHashes = hashes });
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Record_writes_the_bytes_of_the_anonymous_object_it_replaced(string name, string kind, IJournalDetail detail, object old)
    {
        var expected = JsonSerializer.Serialize(old, JournalDetailJson.Options);
        Assert.True(expected == JournalDetailReader.Write(detail), $"{name}: expected {expected}, wrote {JournalDetailReader.Write(detail)}");
        Assert.Equal(kind, detail.Kind);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Record_read_back_from_its_bytes_writes_them_again(string name, string kind, IJournalDetail detail, object old)
    {
        _ = kind;
        _ = old;
        var written = JournalDetailReader.Write(detail);
        var read = (IJournalDetail)JsonSerializer.Deserialize(written, detail.GetType(), JournalDetailJson.Options)!;
        Assert.True(written == JournalDetailReader.Write(read), $"{name}: {written} read back as {JournalDetailReader.Write(read)}");
        Assert.Equal(detail.Kind, read.Kind);
    }

    [Fact]
    public void Every_kind_is_a_distinct_word_that_fits_the_command_column()
    {
        var kinds = typeof(JournalKinds).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(kinds.Count, kinds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(kinds, k => Assert.InRange(k.Length, 1, 64));
    }

    [Fact]
    public void Every_kind_with_a_detail_is_covered_by_a_case()
    {
        var covered = Cases().Select(c => (string)c[1]).ToHashSet(StringComparer.Ordinal);
        // The store's reuse entry carries the store's own detail.
        string[] withoutDetail = [JournalKinds.Claim, JournalKinds.RefuseIntake, JournalKinds.Stop, JournalKinds.Withdraw];
        var kinds = typeof(JournalKinds).GetFields().Select(f => (string)f.GetRawConstantValue()!).Except(withoutDetail);
        Assert.All(kinds, k => Assert.Contains(k, covered));
    }

    private sealed record WorkItemFrom(string StepId, string? CompletedByName);
}
