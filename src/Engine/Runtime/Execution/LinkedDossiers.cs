using Microsoft.EntityFrameworkCore;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Model.Steps;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.Errors;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>
/// Linked dossiers (liên thông), settled before a command commits and in its transaction: the
/// children its file steps asked for are filed (each with its own code, statutory time, ledger and
/// handoffs, and the link row), and a dossier that ended tells the parent that filed it, which goes
/// on if it was waiting. A child filed here may file its own children, and a parent resumed here
/// may end and tell its own parent: all of it is one commit.
/// </summary>
internal static class LinkedDossiers
{
    /// <summary>How many dossiers one command may touch through links: a bound on a chain gone wrong.</summary>
    private const int MaxSessions = 50;

    /// <summary>Whether the command has linked dossiers to file, or ended a dossier that may have a parent.</summary>
    public static bool HasWork(DossierSession session) => session.PendingFilings.Count > 0 || Ended(session);

    /// <summary>Files and resumes what the command's sessions ask for; returns the other sessions it touched (already touched, to be committed with the command).</summary>
    public static async Task<IReadOnlyList<DossierSession>> SettleAsync(DossierSession root, CancellationToken cancellationToken)
    {
        var sessions = new Dictionary<Guid, DossierSession> { [root.Dossier.Id] = root };
        var queue = new Queue<DossierSession>([root]);
        while (queue.TryDequeue(out var session))
        {
            if (sessions.Count > MaxSessions)
            {
                throw new WorkflowException(WorkflowErrorKind.Conflict, "linked-chain-too-long",
                    $"Hồ sơ {root.Dossier.Code} lập quá {MaxSessions} hồ sơ liên thông trong một thao tác; kiểm tra chuỗi liên thông của quy trình.",
                    $"The dossier filed more than {MaxSessions} linked dossiers at once; check the procedure's linked chain.");
            }

            foreach (var filing in session.PendingFilings.ToList())
            {
                session.PendingFilings.Remove(filing);
                var child = await FileAsync(session, filing, cancellationToken);
                sessions[child.Dossier.Id] = child;
                queue.Enqueue(child);
            }

            if (Ended(session) && !session.EndSettled)
            {
                session.EndSettled = true;
                var link = await session.Db.DossierLinks.SingleOrDefaultAsync(l => l.ChildDossierId == session.Dossier.Id && l.EndedAt == null, cancellationToken);
                if (link is not null)
                {
                    if (!sessions.TryGetValue(link.ParentDossierId, out var parent))
                    {
                        parent = await DossierSession.LoadAsync(session.Db, session.Context, session.Actor, link.ParentDossierId, cancellationToken);
                        sessions[parent.Dossier.Id] = parent;
                    }

                    ChildEnded(parent, link, session.Dossier);
                    queue.Enqueue(parent);
                }
            }
        }

        var others = sessions.Values.Where(s => s != root).ToList();
        foreach (var other in others)
        {
            other.Touch();
        }

        return others;
    }

    /// <summary>Whether the dossier, which ended in this command, was filed by a parent still waiting to hear of it.</summary>
    public static Task<bool> HasOpenParentAsync(DossierSession session, CancellationToken cancellationToken) =>
        session.Db.DossierLinks.AnyAsync(l => l.ChildDossierId == session.Dossier.Id && l.EndedAt == null, cancellationToken);

    // Every way a dossier ends (end step, stop, withdrawal, a citizen's deadline passing) sets its finish
    // to the command's instant; a list of journal kinds had missed the citizen's deadline.
    private static bool Ended(DossierSession session) => session.Dossier.FinishedAt == session.Now;

    /// <summary>Files one linked dossier: received and accepted at once at its unit (the parent's officer hands it over), its clock started.</summary>
    private static async Task<DossierSession> FileAsync(DossierSession parent, PendingFiling filing, CancellationToken cancellationToken)
    {
        var context = parent.Context;
        var step = filing.Step;
        var today = context.Today;
        var definition = context.Workspace.Catalog.InForce(step.Procedure, today)
            ?? throw new WorkflowException(WorkflowErrorKind.Conflict, "linked-procedure-missing",
                $"Bước \"{step.Name}\" lập hồ sơ thủ tục \"{step.Procedure}\", nhưng thủ tục này không có phiên bản nào có hiệu lực ngày {today:dd/MM/yyyy}. Ban hành thủ tục đó rồi thực hiện lại.",
                $"The step \"{step.Id}\" files a dossier of \"{step.Procedure}\", which has no version in force on {today:yyyy-MM-dd}.");
        var passed = DossierData.Read(parent.Dossier).Where(p => step.Pass.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
        var source = parent.Dossier;
        var code = await DossierCodes.NextAsync(parent.Db, context.Options.DossierCodePattern, filing.Receiver.Code, today, cancellationToken);
        var dossier = new DossierRecord
        {
            Id = Guid.CreateVersion7(),
            Code = code,
            ProcedureId = definition.Id,
            ProcedureVersion = definition.Version,
            ProcedureName = definition.Name,
            State = DossierState.Submitted,
            Channel = source.Channel,
            ReceivingUnitId = filing.Receiver.Id,
            ApplicantName = source.ApplicantName,
            ApplicantSearchName = source.ApplicantSearchName,
            ApplicantIdNumber = source.ApplicantIdNumber,
            ApplicantPhone = source.ApplicantPhone,
            ApplicantEmail = source.ApplicantEmail,
            ApplicantAddress = source.ApplicantAddress,
            // The citizen follows the group through the parent; the child's own secret is never handed out.
            TrackingSecretHash = TrackingSecrets.Hash(TrackingSecrets.New()),
            DataJson = DossierDataValidator.ToJson(definition, passed),
            ResultDelivery = source.ResultDelivery,
            SubmittedAt = context.NowUtc,
            UpdatedAt = context.NowUtc,
        };
        var child = DossierSession.Create(parent.Db, context, parent.Actor, dossier, definition);
        child.Journal(new FiledByParentDetail(source.Id, source.Code, step.Id, definition.Key, [.. passed.Keys]),
            handoffFrom: filing.GiverUnitId, handoffTo: filing.Receiver.Id);
        IntakeRules.Accept(child);

        var awaited = step.Await;
        parent.Db.DossierLinks.Add(new DossierLinkRecord
        {
            Id = Guid.CreateVersion7(),
            ParentDossierId = source.Id,
            ChildDossierId = dossier.Id,
            StepId = step.Id,
            WaitItemId = filing.Wait?.Id,
            Await = awaited,
            FiledAt = context.NowUtc,
        });
        if (dossier.AppointmentAt > source.AppointmentAt)
        {
            source.AppointmentAt = dossier.AppointmentAt;
        }

        parent.Journal(new ChildFiledDetail(step.Id, dossier.Id, dossier.Code, definition.Key, filing.Receiver.Id, awaited, dossier.DueAt, source.AppointmentAt),
            item: filing.Wait, handoffFrom: filing.GiverUnitId, handoffTo: filing.Receiver.Id);
        return child;
    }

    /// <summary>
    /// A child ended: its result goes back to the unit that filed it (a handoff row with the child's
    /// punctuality), and a parent waiting for it goes on at <c>next</c>, or at <c>otherwise</c> when it
    /// waited for a result that did not come. The parent's clock runs again once no child holds it.
    /// </summary>
    private static void ChildEnded(DossierSession parent, DossierLinkRecord link, DossierRecord child)
    {
        link.EndedAt = parent.Now;
        link.ChildEndState = child.State;
        var wait = link.WaitItemId is { } waitId ? parent.Items.FirstOrDefault(i => i.Id == waitId && i.Status == WorkItemStatus.Open) : null;
        var step = parent.Definition.Process.Find(link.StepId);
        var next = wait is null || step is null ? null
            : link.Await == ChildAwait.Issued && child.Result != EndResult.Issued ? step.Otherwise : step.Next;
        if (wait is not null)
        {
            wait.Status = WorkItemStatus.Completed;
            wait.CompletedAt = parent.Now;
            wait.OutcomeId = child.Result?.ToString().ToLowerInvariant() ?? child.State.ToString().ToLowerInvariant();
            wait.Punctuality = child.FinishPunctuality;
        }

        parent.Journal(new ChildEndedDetail(child.Id, child.Code, link.StepId, child.State, child.Result, next), item: wait,
            handoffFrom: child.ReceivingUnitId, handoffTo: wait?.FromUnitId ?? parent.Dossier.ReceivingUnitId, handoffPunctuality: child.FinishPunctuality);
        if (wait is null || next is null || parent.Dossier.FinishedAt is not null && parent.Dossier.State != DossierState.InProgress)
        {
            return;
        }

        var ledger = parent.Ledger();
        if (ledger.IsPaused && !parent.OpenItems.Any(i => i.Kind == WorkItemKind.Linked))
        {
            CitizenWaits.Append(parent, new DeadlineResumed(parent.Context.Now));
            var state = parent.Ledger().Compute(parent.Context.Calculator);
            parent.Dossier.DueAt = state.Due?.UtcDateTime;
            if (parent.Dossier.DueAt > parent.Dossier.AppointmentAt)
            {
                parent.Dossier.AppointmentAt = parent.Dossier.DueAt;
            }

            TimerPlanner.ReplanDossier(parent);
        }

        new ProcessInterpreter(parent).Enter(next, wait.ForkPath, wait);
    }
}
