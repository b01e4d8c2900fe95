using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Runtime.Commands;

/// <summary>A dossier arriving at the desk, online or by post.</summary>
/// <param name="Data">Values of the procedure's data fields: strings, numbers, booleans, or dates as yyyy-MM-dd.</param>
/// <param name="FiledAt">For post, when the handover record was signed (it counts as filed then); otherwise now.</param>
/// <param name="Missing">For <see cref="IntakeDecision.AskToComplete"/>: everything the citizen must add, in one list.</param>
/// <param name="PostalWaybill">For post: the waybill number the dossier came with.</param>
/// <param name="ResultDelivery">How the citizen wants the result: at the desk (default), online, or by post.</param>
/// <param name="Attachments">Uploaded files, each standing for one of the procedure's papers.</param>
public sealed record ReceiveDossier(
    string ProcedureId,
    Channel Channel,
    string ReceivingUnitId,
    ApplicantInfo Applicant,
    IReadOnlyDictionary<string, object?>? Data = null,
    IReadOnlyList<ReceivedDocument>? Documents = null,
    int Sets = 1,
    string? Note = null,
    IntakeDecision Decision = IntakeDecision.Pending,
    string? Reason = null,
    IReadOnlyList<string>? Missing = null,
    DateTimeOffset? FiledAt = null,
    string? PostalWaybill = null,
    ResultDelivery ResultDelivery = ResultDelivery.Desk,
    IReadOnlyList<AttachedUpload>? Attachments = null);
