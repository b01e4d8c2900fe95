using System.Reflection;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Tests.Audit;

/// <summary>
/// Details as the engine wrote them before they were typed (anonymous objects at each call site),
/// kept here as text: each is read back as its record and written again to the same bytes, so
/// journals recorded before still verify and still read. A change to a record's names, order,
/// types or enum words fails here without anyone retyping the old object.
/// </summary>
public class JournalOldDetailTests
{
    public static TheoryData<string, Type, string> OldDetails() => new()
    {
        { JournalKinds.ReceiveAtDesk, typeof(DossierFiledDetail), """{"procedure":"p@1","channel":"desk","filedAt":"2026-03-02T01:30:00Z","sets":1,"attachments":[]}""" },
        { JournalKinds.ReceiveByPost, typeof(DossierFiledDetail), """{"procedure":"certified-copy@3","channel":"post","filedAt":"2026-03-09T10:00:00","documents":[{"documentId":"giay-to-<1>","originals":1,"certifiedCopies":0,"photocopies":0},{"documentId":"cmnd","originals":0,"certifiedCopies":2,"photocopies":0}],"sets":2,"attachments":[{"upload":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","document":"don","name":"Đơn đề nghị \"bản sao\".pdf","sha256":"ab12","size":1024}],"waybill":"EE123456789VN"}""" },
        { JournalKinds.SubmitOnline, typeof(DossierFiledDetail), """{"procedure":"certified-copy@3","channel":"online","filedAt":"2026-03-09T10:00:00","sets":1,"attachments":[]}""" },
        { JournalKinds.Accept, typeof(AcceptDetail), """{"duration":"5 working-days","due":"2026-03-09T10:00:00","explanation":"Bắt đầu: 02/03/2026\nHạn: 09/03/2026 <17:00>"}""" },
        { JournalKinds.AskToComplete, typeof(AskToCompleteDetail), """{"missing":["Bản sao giấy khai sinh","Ảnh 4x6 & chữ ký"]}""" },
        { JournalKinds.Resubmit, typeof(ResubmitDetail), """{"documents":[{"documentId":"cmnd","originals":1,"certifiedCopies":0,"photocopies":3}]}""" },
        { JournalKinds.TaskCreated, typeof(TaskCreatedDetail), """{"step":"check","unit":"p-hoa-an","role":"specialist","due":"2026-03-02T01:30:00Z"}""" },
        { JournalKinds.Handoff, typeof(HandoffDetail), """{"step":"sign","unit":"ubnd","role":"head","due":"2026-03-02T01:30:00Z","fromStep":"check","fromOfficer":"Nguyễn Văn A"}""" },
        { JournalKinds.Release, typeof(ReleaseDetail), """{"previous":"Trần Thị B"}""" },
        { JournalKinds.Release, typeof(ReleaseDetail), """{}""" },
        { JournalKinds.Assign, typeof(AssignDetail), """{"to":"o-2","toName":"Lê C","previous":"Trần Thị B"}""" },
        { JournalKinds.Delegate, typeof(DelegateDetail), """{"to":"o-3","toName":"Phạm D"}""" },
        { JournalKinds.Complete, typeof(CompleteDetail), """{"outcome":"reject","kind":"reject","to":"refused","punctuality":"on-time","attachments":["upload-1"]}""" },
        { JournalKinds.Complete, typeof(CompleteDetail), """{"outcome":"stop","kind":"stop","to":"stopped","punctuality":"late"}""" },
        { JournalKinds.Fork, typeof(ForkDetail), """{"step":"consult","join":"gather","branches":["police","tax"],"mode":"count","required":1,"instance":"a1b2c3d4e5f6"}""" },
        { JournalKinds.BranchArrived, typeof(BranchArrivedDetail), """{"join":"gather","instance":"a1b2c3d4e5f6","branch":1,"arrived":1,"required":2}""" },
        { JournalKinds.BranchClosed, typeof(BranchClosedDetail), """{"join":"gather","instance":"a1b2c3d4e5f6"}""" },
        { JournalKinds.LateBranchClosed, typeof(LateBranchClosedDetail), """{"join":"gather","instance":"a1b2c3d4e5f6","branch":0}""" },
        { JournalKinds.Fork, typeof(ForkDetail), """{"step":"consult","join":"gather","branches":["police","tax"],"mode":"count","required":2,"instance":"a1b2c3d4e5f6","deadline":"2026-03-02T10:00:00Z","onDeadline":"assume-agreement"}""" },
        { JournalKinds.ConsultationDeadlinePassed, typeof(ConsultationDeadlinePassedDetail), """{"timer":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","join":"gather","instance":"a1b2c3d4e5f6","deadline":"2026-03-02T10:00:00Z","effect":"keep-waiting","silentBranches":[1],"silentUnits":["tax"],"askingUnit":"p-hoa-an-kt"}""" },
        { JournalKinds.LateContribution, typeof(LateContributionDetail), """{"outcome":"opinion","kind":"approve","punctuality":"late","attachments":["upload-1"],"join":"gather","instance":"a1b2c3d4e5f6","closed":"deemed-agreed"}""" },
        { JournalKinds.ChildFiled, typeof(ChildFiledDetail), """{"step":"file-residence","child":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","childCode":"G03.55.02-261215-0001","procedure":"permanent-residence-registration@1","unit":"ca-x-tan-phu-my","await":"ended","childDue":"2026-12-24T10:00:00Z","appointment":"2026-12-24T10:00:00Z"}""" },
        { JournalKinds.FiledByParent, typeof(FiledByParentDetail), """{"parent":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","parentCode":"H55.32-261215-0001","parentStep":"file-residence","procedure":"permanent-residence-registration@1","passed":["childName"]}""" },
        { JournalKinds.ChildEnded, typeof(ChildEndedDetail), """{"child":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","childCode":"G03.55.02-261215-0001","step":"file-residence","state":"returned","result":"issued","next":"linked-done"}""" },
        { JournalKinds.Decision, typeof(DecisionDetail), """{"step":"route","rule":2,"when":"data.area > 100 && data.kind == \"đất\"","to":"survey"}""" },
        { JournalKinds.Decision, typeof(DecisionOtherwiseDetail), """{"step":"route","rule":"otherwise","to":"sign"}""" },
        { JournalKinds.WaitSupplement, typeof(WaitSupplementDetail), """{"step":"wait","clock":"pause"}""" },
        { JournalKinds.WaitPayment, typeof(WaitPaymentDetail), """{"step":"pay","clock":"run"}""" },
        { JournalKinds.RequestSupplement, typeof(RequestSupplementDetail), """{"clock":"restart","resumeAt":"check","noticeDue":"2026-03-02T01:30:00Z","lateNotice":true}""" },
        { JournalKinds.RequestSupplement, typeof(RequestSupplementDetail), """{"clock":"restart","resumeAt":"review","noticeDue":"2026-03-02T01:30:00Z","lateNotice":false,"citizenDeadline":"2026-03-16T10:00:00Z","onExpiry":"stop"}""" },
        { JournalKinds.WaitPayment, typeof(WaitPaymentDetail), """{"step":"pay","clock":"pause","citizenDeadline":"2026-03-09T10:00:00Z","onExpiry":"return"}""" },
        { JournalKinds.CitizenDeadlinePassed, typeof(CitizenDeadlinePassedDetail), """{"timer":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","step":"await-papers","waitFor":"supplement","deadline":"2026-03-16T10:00:00Z","effect":"stop"}""" },
        { JournalKinds.SupplementReceived, typeof(SupplementReceivedDetail), """{"clock":"restart","due":"2026-03-09T10:00:00"}""" },
        { JournalKinds.PaymentReceived, typeof(PaymentReceivedDetail), """{}""" },
        { JournalKinds.PaymentConfirmed, typeof(PaymentConfirmedDetail), """{"payment":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","method":"bank-transfer","amount":150000.50,"reference":"BL-0001","fee":"le-phi"}""" },
        { JournalKinds.PaymentConfirmed, typeof(PaymentConfirmedDetail), """{"payment":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","method":"gateway","amount":20000,"reference":"GW-1"}""" },
        { JournalKinds.PaymentStarted, typeof(PaymentStartedDetail), """{"payment":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","method":"gateway","amount":0,"reference":"GW-1"}""" },
        { JournalKinds.PaymentFailed, typeof(PaymentFailedDetail), """{"payment":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","method":"gateway","amount":20000,"reference":"GW-1"}""" },
        { JournalKinds.Extend, typeof(ExtendDetail), """{"by":"3 working-days","due":"2026-03-09T10:00:00"}""" },
        { JournalKinds.Apologise, typeof(ApologiseDetail), """{"lateUnit":"p-tu-phap","previousAppointment":"2026-03-09T10:00:00","newAppointment":"2026-03-02T01:30:00Z","latestAllowed":"2026-03-01T01:30:00Z","issuedInTime":false}""" },
        { JournalKinds.DeadlineRecomputed, typeof(DeadlineRecomputedDetail), """{"changes":[{"dossier":true,"before":"2026-03-09T10:00:00"},{"step":"check","before":"2026-03-02T01:30:00Z","after":"2026-03-02T01:30:00Z"}]}""" },
        { JournalKinds.StepOverdue, typeof(StepOverdueDetail), """{"timer":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","due":"2026-03-02T01:30:00Z","unit":"p-hoa-an"}""" },
        { JournalKinds.DossierNearDue, typeof(DossierNearDueDetail), """{"timer":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","due":"2026-03-09T10:00:00","holders":["p-hoa-an","ubnd"]}""" },
        { JournalKinds.DossierOverdue, typeof(DossierOverdueDetail), """{"timer":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","due":"2026-03-09T10:00:00","holders":["p-hoa-an","ubnd"],"apologised":true}""" },
        { JournalKinds.Migrate, typeof(MigrateDetail), """{"from":"p@1","to":"p@2","mapping":[{"fromStep":"check","toStep":"review"}]}""" },
        { JournalKinds.UnitSuccession, typeof(UnitSuccessionDetail), """{"from":"so-xay-dung","to":"so-nnmt","change":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","effectiveDate":"2026-03-10","holderKept":false}""" },
        { JournalKinds.AbsenceReassign, typeof(AbsenceReassignDetail), """{"absent":"o-1","absentName":"Trần Thị B","to":"o-2","toName":"Lê C"}""" },
        { JournalKinds.AbsenceReassign, typeof(AbsenceReassignDetail), """{"absent":"o-1","absentName":"Trần Thị B"}""" },
        { JournalKinds.ActingFor, typeof(ActingForDetail), """{"delegation":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","delegator":"o-1","delegatorName":"Trần Thị B","lastDay":"2026-03-05"}""" },
        { JournalKinds.SignedOnBehalf, typeof(SignedOnBehalfDetail), """{"document":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","authorisation":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c","onBehalfKind":"kt","signer":"o-2","signerName":"Lê C","principal":"o-1","principalName":"Trần Thị B","block":"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lê C"}""" },
        { JournalKinds.ReturnByPost, typeof(ReturnByPostDetail), """{"waybill":"EE1VN","handedOverAt":"2026-03-02T01:30:00Z","outcome":"returned"}""" },
        { JournalKinds.End, typeof(EndDetail), """{"step":"done","result":"issued","punctuality":"early"}""" },
        { JournalKinds.End, typeof(EndDetail), """{"step":"done","result":"withdrawn"}""" },
        { JournalKinds.DocumentIssued, typeof(DocumentIssuedDetail), """{"document":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","purpose":"receipt","set":"default","contentHash":"sha-c","templateHash":"sha-t","mediaType":"application/pdf","signed":true}""" },
        { JournalKinds.Rate, typeof(RateDetail), """{"level":"not-satisfied","channel":"online"}""" },
        { JournalKinds.ResultIssued, typeof(ResultIssuedDetail), """{"document":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","result":"giay-phep","origin":"generated","contentHash":"sha-c","mediaType":"text/html; charset=utf-8","validFrom":"2026-03-02","validTo":"2027-03-01"}""" },
        { JournalKinds.ResultIssued, typeof(ResultIssuedDetail), """{"document":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","result":"giay-phep","origin":"attached","contentHash":"sha-c","mediaType":"application/pdf","validFrom":"2026-03-02"}""" },
        { JournalKinds.ResultSigned, typeof(ResultSignedDetail), """{"document":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","certificate":"AB12","contentHash":"sha-c"}""" },
        { JournalKinds.ResultDelivered, typeof(ResultDeliveredDetail), """{"documents":["0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"],"channel":"online"}""" },
        { JournalKinds.ResultRevoked, typeof(ResultRevokedDetail), """{"document":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","unit":"x-tan-phu-my"}""" },
        { JournalKinds.ComponentDigitised, typeof(ComponentDigitisedDetail), """{"document":"giay-phep","files":[{"file":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","name":"giay-phep.pdf","mediaType":"application/pdf","size":1234,"contentHash":"sha-c"}]}""" },
        { JournalKinds.ComponentCertified, typeof(ComponentCertifiedDetail), """{"document":"giay-phep","certificate":"AB12","contentHashes":["sha-c"]}""" },
        { JournalKinds.ComponentReusedFromStore, typeof(ComponentReusedFromStoreDetail), """{"document":"giay-phep","source":"result","entry":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","type":"building-permit-house/giay-phep","sourceDossier":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c","sourceDossierCode":"G03-1","contentHash":"sha-c"}""" },
        { JournalKinds.StoreViewed, typeof(StoreViewedDetail), """{"via":"tracking","entries":["0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"]}""" },
    };

    private static readonly MethodInfo DetailAs = typeof(JournalDetailReader).GetMethod(nameof(JournalDetailReader.DetailAs))!;

    [Theory]
    [MemberData(nameof(OldDetails))]
    public void An_old_detail_reads_as_its_record_and_writes_the_same_bytes(string kind, Type type, string json)
    {
        var entry = new JournalEntryRecord { Sequence = 3, Command = kind, DetailJson = json };

        var detail = (IJournalDetail?)DetailAs.MakeGenericMethod(type).Invoke(null, [entry]);

        Assert.NotNull(detail);
        Assert.Equal(kind, detail.Kind);
        Assert.Equal(json, JournalDetailReader.Write(detail));
    }

    [Fact]
    public void Every_kind_with_a_detail_has_an_old_detail()
    {
        var covered = OldDetails().Select(c => (string)c[0]).ToHashSet(StringComparer.Ordinal);
        string[] withoutDetail = [JournalKinds.Claim, JournalKinds.RefuseIntake, JournalKinds.Stop, JournalKinds.Withdraw];
        var kinds = typeof(JournalKinds).GetFields().Select(f => (string)f.GetRawConstantValue()!).Except(withoutDetail);
        Assert.All(kinds, k => Assert.Contains(k, covered));
    }
}
