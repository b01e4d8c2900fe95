namespace Workflow.Engine.Journal;

/// <summary>
/// The name of every kind of journal entry, as stored in <c>JournalEntryRecord.Command</c>. The
/// journal is permanent and hash-chained, so these words never change once written: a renamed
/// constant would orphan every entry already recorded under the old word.
/// </summary>
public static class JournalKinds
{
    /// <summary>The citizen filed the dossier online. Detail: <see cref="Details.DossierFiledDetail"/>.</summary>
    public const string SubmitOnline = "submit-online";

    /// <summary>The one-stop desk received the dossier in person. Detail: <see cref="Details.DossierFiledDetail"/>.</summary>
    public const string ReceiveAtDesk = "receive-at-desk";

    /// <summary>The desk received the dossier by post. Detail: <see cref="Details.DossierFiledDetail"/>.</summary>
    public const string ReceiveByPost = "receive-by-post";

    /// <summary>The desk accepted the dossier and the statutory clock started. Detail: <see cref="Details.AcceptDetail"/>.</summary>
    public const string Accept = "accept";

    /// <summary>The desk gave the citizen one list of what to complete; the dossier was not accepted. Detail: <see cref="Details.AskToCompleteDetail"/>.</summary>
    public const string AskToComplete = "ask-to-complete";

    /// <summary>The desk refused the dossier at intake; the reason is the entry's reason. No detail.</summary>
    public const string RefuseIntake = "refuse-intake";

    /// <summary>The citizen brought the completed dossier back for checking. Detail: <see cref="Details.ResubmitDetail"/>.</summary>
    public const string Resubmit = "resubmit";

    /// <summary>The process's first task was created at a unit. Detail: <see cref="Details.TaskCreatedDetail"/>.</summary>
    public const string TaskCreated = "task-created";

    /// <summary>A completed task handed the dossier to the next task (possibly at another unit). Detail: <see cref="Details.HandoffDetail"/>.</summary>
    public const string Handoff = "handoff";

    /// <summary>An officer took a task into their own inbox. No detail.</summary>
    public const string Claim = "claim";

    /// <summary>A task went back to the unit's inbox. Detail: <see cref="Details.ReleaseDetail"/>.</summary>
    public const string Release = "release";

    /// <summary>A head of the unit gave a task to a named officer. Detail: <see cref="Details.AssignDetail"/>.</summary>
    public const string Assign = "assign";

    /// <summary>The officer holding a task passed it to a colleague. Detail: <see cref="Details.DelegateDetail"/>.</summary>
    public const string Delegate = "delegate";

    /// <summary>A task was finished with one of its step's outcomes. Detail: <see cref="Details.CompleteDetail"/>.</summary>
    public const string Complete = "complete";

    /// <summary>A parallel step opened its branches. Detail: <see cref="Details.ForkDetail"/>.</summary>
    public const string Fork = "fork";

    /// <summary>A branch reached its join. Detail: <see cref="Details.BranchArrivedDetail"/>.</summary>
    public const string BranchArrived = "branch-arrived";

    /// <summary>
    /// An open item was closed because its join had enough branches (detail: <see cref="Details.BranchClosedDetail"/>)
    /// or because the dossier ended (no detail).
    /// </summary>
    public const string BranchClosed = "branch-closed";

    /// <summary>A branch finished after its join was already satisfied; the process does not continue twice. Detail: <see cref="Details.LateBranchClosedDetail"/>.</summary>
    public const string LateBranchClosed = "late-branch-closed";

    /// <summary>
    /// A consulted agency answered after its branch was closed (by its join, by the consultation's
    /// deadline, or because the dossier ended): kept with its text and files, never moving the dossier.
    /// The handoff columns record the answer back to the asking unit. Detail: <see cref="Details.LateContributionDetail"/>.
    /// </summary>
    public const string LateContribution = "late-contribution";

    /// <summary>A consultation's deadline passed with agencies still silent; what follows is the definition's <c>onDeadline</c>. Detail: <see cref="Details.ConsultationDeadlinePassedDetail"/>.</summary>
    public const string ConsultationDeadlinePassed = "consultation-deadline-passed";

    /// <summary>
    /// The citizen's deadline on a wait passed without the supplement, payment or obligation: the
    /// dossier was stopped or returned as the wait step's <c>onExpiry</c> says (status 8); the reason
    /// is the notice's text. Detail: <see cref="Details.CitizenDeadlinePassedDetail"/>.
    /// </summary>
    public const string CitizenDeadlinePassed = "citizen-deadline-passed";

    /// <summary>A decision step chose its next step from the dossier data. Detail: <see cref="Details.DecisionDetail"/>.</summary>
    public const string Decision = "decision";

    /// <summary>A wait step began waiting for the citizen's supplement. Detail: <see cref="Details.WaitSupplementDetail"/>.</summary>
    public const string WaitSupplement = "wait-supplement";

    /// <summary>A wait step began waiting for a payment or obligation. Detail: <see cref="Details.WaitPaymentDetail"/>.</summary>
    public const string WaitPayment = "wait-payment";

    /// <summary>A task's supplement outcome asked the citizen for more papers (Decree 61 art. 19.4). Detail: <see cref="Details.RequestSupplementDetail"/>.</summary>
    public const string RequestSupplement = "request-supplement";

    /// <summary>The citizen's supplement arrived and the wait ended. Detail: <see cref="Details.SupplementReceivedDetail"/>.</summary>
    public const string SupplementReceived = "supplement-received";

    /// <summary>A payment wait ended because the payment was confirmed. Detail: <see cref="Details.PaymentReceivedDetail"/>.</summary>
    public const string PaymentReceived = "payment-received";

    /// <summary>The citizen began a gateway payment. Detail: <see cref="Details.PaymentStartedDetail"/>.</summary>
    public const string PaymentStarted = "payment-started";

    /// <summary>A payment was confirmed, at the desk or by the gateway. Detail: <see cref="Details.PaymentConfirmedDetail"/>.</summary>
    public const string PaymentConfirmed = "payment-confirmed";

    /// <summary>The gateway reported a payment as failed. Detail: <see cref="Details.PaymentFailedDetail"/>.</summary>
    public const string PaymentFailed = "payment-failed";

    /// <summary>A head extended the statutory time. Detail: <see cref="Details.ExtendDetail"/>.</summary>
    public const string Extend = "extend";

    /// <summary>The late unit apologised and set a new appointment (Decree 61 art. 19.9). Detail: <see cref="Details.ApologiseDetail"/>.</summary>
    public const string Apologise = "apologise";

    /// <summary>The due instants were recomputed after a calendar change. Detail: <see cref="Details.DeadlineRecomputedDetail"/>.</summary>
    public const string DeadlineRecomputed = "deadline-recomputed";

    /// <summary>An open task passed its due instant. Detail: <see cref="Details.StepOverdueDetail"/>.</summary>
    public const string StepOverdue = "step-overdue";

    /// <summary>The dossier's appointment is near. Detail: <see cref="Details.DossierNearDueDetail"/>.</summary>
    public const string DossierNearDue = "dossier-near-due";

    /// <summary>The dossier passed its appointment. Detail: <see cref="Details.DossierOverdueDetail"/>.</summary>
    public const string DossierOverdue = "dossier-overdue";

    /// <summary>The dossier moved to a newer version of its procedure. Detail: <see cref="Details.MigrateDetail"/>.</summary>
    public const string Migrate = "migrate";

    /// <summary>The unit holding an open task was merged or abolished, and the task moved to its successor on the effective date. Detail: <see cref="Details.UnitSuccessionDetail"/>.</summary>
    public const string UnitSuccession = "unit-succession";

    /// <summary>A head moved an absent officer's open task to a colleague or back to the unit's inbox. Detail: <see cref="Details.AbsenceReassignDetail"/>.</summary>
    public const string AbsenceReassign = "absence-reassign";

    /// <summary>
    /// An officer acted on a task held by a colleague whose inbox was delegated to them for a period; the
    /// entry's actor is the officer, the next entry of the task is the action. Detail: <see cref="Details.ActingForDetail"/>.
    /// </summary>
    public const string ActingFor = "acting-for";

    /// <summary>A result was signed on behalf of the head (KT., TL., TUQ.) under a signing authorisation. Detail: <see cref="Details.SignedOnBehalfDetail"/>.</summary>
    public const string SignedOnBehalf = "signed-on-behalf";

    /// <summary>A head stopped processing (status 8); the reason is the entry's reason. No detail.</summary>
    public const string Stop = "stop";

    /// <summary>The citizen withdrew the dossier; the reason is the entry's reason. No detail.</summary>
    public const string Withdraw = "withdraw";

    /// <summary>The result was handed to the postal service. Detail: <see cref="Details.ReturnByPostDetail"/>.</summary>
    public const string ReturnByPost = "return-by-post";

    /// <summary>The process reached an end step. Detail: <see cref="Details.EndDetail"/>.</summary>
    public const string End = "end";

    /// <summary>A document (receipt, notice, result...) was issued for the dossier. Detail: <see cref="Details.DocumentIssuedDetail"/>.</summary>
    public const string DocumentIssued = "document-issued";

    /// <summary>A result (licence, certificate, decision...) was stored as an electronic document for the dossier and its holder. Detail: <see cref="Details.ResultIssuedDetail"/>.</summary>
    public const string ResultIssued = "result-issued";

    /// <summary>An electronic result was signed with the unit's certificate. Detail: <see cref="Details.ResultSignedDetail"/>.</summary>
    public const string ResultSigned = "result-signed";

    /// <summary>A signed result reached the citizen the way they chose (online, post, desk). Detail: <see cref="Details.ResultDeliveredDetail"/>.</summary>
    public const string ResultDelivered = "result-delivered";

    /// <summary>A leader of the issuing unit revoked an electronic result; the reason is the entry's reason. Detail: <see cref="Details.ResultRevokedDetail"/>.</summary>
    public const string ResultRevoked = "result-revoked";

    /// <summary>The desk attached the scanned files of a component received on paper and marked it digitised. Detail: <see cref="Details.ComponentDigitisedDetail"/>.</summary>
    public const string ComponentDigitised = "component-digitised";

    /// <summary>The desk signed a digitised component with the unit's certificate as a certified electronic copy from the original. Detail: <see cref="Details.ComponentCertifiedDetail"/>.</summary>
    public const string ComponentCertified = "component-certified";


    /// <summary>The citizen rated the service. Detail: <see cref="Details.RateDetail"/>.</summary>
    public const string Rate = "rate";

    /// <summary>A file step filed a linked dossier (liên thông) at another unit; the handoff columns name giver and receiver. Detail: <see cref="Details.ChildFiledDetail"/>.</summary>
    public const string ChildFiled = "child-filed";

    /// <summary>The first entry of a linked dossier: another dossier's file step filed it. Detail: <see cref="Details.FiledByParentDetail"/>.</summary>
    public const string FiledByParent = "filed-by-parent";

    /// <summary>A linked dossier this one filed ended; a parent waiting for it goes on. Detail: <see cref="Details.ChildEndedDetail"/>.</summary>
    public const string ChildEnded = "child-ended";

    /// <summary>A paper of the dossier was given by reference to a document of the holder's electronic data store, not brought again. Detail: <see cref="Details.ComponentReusedFromStoreDetail"/>.</summary>
    public const string ComponentReusedFromStore = "component-reused-from-store";

    /// <summary>Someone read the electronic data store of the dossier's holder. Detail: <see cref="Details.StoreViewedDetail"/>.</summary>
    public const string StoreViewed = "store-viewed";
}
