using Workflow.Engine.Calendars;
using Workflow.Engine.Notifications;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>The messages commands leave in the outbox, in Vietnamese (the language citizens and officers read).</summary>
internal static class OutboxMessages
{
    public static void ToCitizen(DossierSession session, string topic, string subject, string body)
    {
        var dossier = session.Dossier;
        if (string.IsNullOrWhiteSpace(dossier.ApplicantEmail) && string.IsNullOrWhiteSpace(dossier.ApplicantPhone))
        {
            return;
        }

        var message = new OutboxMessageRecord
        {
            Topic = topic,
            RecipientKind = RecipientKind.Citizen,
            Email = dossier.ApplicantEmail,
            Phone = dossier.ApplicantPhone,
            Subject = $"[{dossier.Code}] {subject}",
            Body = $"{TrackingLine(session)}Kính gửi {dossier.ApplicantName},\n\n{body}\n\nHồ sơ: {dossier.Code} — {dossier.ProcedureName}.",
        };
        foreach (var channel in CitizenChannels.PerChannel(message))
        {
            session.Notify(channel);
        }
    }

    private static string TrackingLine(DossierSession session) => session.NewTrackingSecret is { } secret
        ? TrackingSecretLine.Write(secret, session.Dossier.Code) + "\n\n"
        : "";

    public static void ToUnit(DossierSession session, string topic, string unitId, string role, string subject, string body) =>
        session.Notify(new OutboxMessageRecord
        {
            Topic = topic,
            RecipientKind = RecipientKind.Unit,
            RecipientId = $"{unitId}/{role}",
            Subject = $"[{session.Dossier.Code}] {subject}",
            Body = body,
        });

    public static void ToOfficer(DossierSession session, string topic, string officerId, string subject, string body) =>
        session.Notify(new OutboxMessageRecord
        {
            Topic = topic,
            RecipientKind = RecipientKind.Officer,
            RecipientId = officerId,
            Subject = $"[{session.Dossier.Code}] {subject}",
            Body = body,
        });

    public static string Local(DateTime? utc) => utc is { } value ? VietnamTime.Format(new DateTimeOffset(value, TimeSpan.Zero)) : "—";
}
