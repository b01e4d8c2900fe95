using System.Text.Json;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime.Commands;
using Workflow.Server.Contracts.Common;

namespace Workflow.Server.Contracts.Desk;

/// <summary>
/// A dossier handed in at the desk (or arriving by post). <c>decision</c> is the desk's answer now:
/// <c>accept</c> (the clock starts), <c>ask-to-complete</c> (with <c>missing</c>), <c>refuse</c> (with <c>reason</c>),
/// or <c>pending</c> to decide later. By post, <c>postalWaybill</c> and <c>filedAt</c> (when the handover record was signed) go with it.
/// </summary>
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
    string? PostalWaybill = null);
