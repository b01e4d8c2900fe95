using System.Text.Json;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime.Commands;
using Workflow.Server.Contracts.Common;

namespace Workflow.Server.Contracts.Desk;

/// <summary>
/// A dossier handed in at the desk (or arriving by post). <c>decision</c> is the desk's answer now:
/// <c>accept</c> (the clock starts), <c>ask-to-complete</c> (with <c>missing</c>), <c>refuse</c> (with <c>reason</c>),
/// or <c>pending</c> to decide later.
/// </summary>
/// <param name="ProcedureId">The procedure's id, e.g. <c>business-household-registration</c>.</param>
/// <param name="ReceivingUnitId">The unit whose desk receives the dossier.</param>
/// <param name="Applicant">The person the dossier is for.</param>
/// <param name="Data">Values of the procedure's data fields.</param>
/// <param name="Documents">The papers handed in.</param>
/// <param name="Channel"><c>desk</c> (default) or <c>post</c>; online dossiers come through the public portal.</param>
/// <param name="FiledAt">
/// For <c>post</c>: when the postal handover record was signed (Decision 45/2016); the dossier counts as filed
/// then, and an accepted dossier's clock starts then. Optional, defaults to now; not taken for <c>desk</c>.
/// </param>
/// <param name="Waybill">
/// For <c>post</c>, required: the waybill number the dossier came with (at most 64 characters); it goes into the
/// day's postal register. Not taken for <c>desk</c>.
/// </param>
/// <param name="Sets">How many sets of papers were handed in.</param>
/// <param name="Note">A note by the desk officer.</param>
/// <param name="Decision">The desk's answer now: <c>accept</c> (default), <c>ask-to-complete</c>, <c>refuse</c> or <c>pending</c>.</param>
/// <param name="Reason">For <c>refuse</c>: why.</param>
/// <param name="Missing">For <c>ask-to-complete</c>: everything the citizen must add, in one list.</param>
public sealed record ReceiveDossierRequest(
    string? ProcedureId,
    string? ReceivingUnitId,
    ApplicantInput? Applicant,
    Dictionary<string, JsonElement>? Data = null,
    List<DocumentInput>? Documents = null,
    Channel Channel = Channel.Desk,
    DateTimeOffset? FiledAt = null,
    int Sets = 1,
    string? Note = null,
    IntakeDecision Decision = IntakeDecision.Accept,
    string? Reason = null,
    List<string>? Missing = null,
    string? Waybill = null);
