using System.Text.Json;
using Workflow.Server.Contracts.Common;

namespace Workflow.Server.Contracts.Public;

/// <summary>A citizen's own online submission, for procedures offered fully or partly online.</summary>
public sealed record OnlineSubmissionRequest(
    string? ProcedureId,
    string? ReceivingUnitId,
    ApplicantInput? Applicant,
    Dictionary<string, JsonElement>? Data = null,
    List<DocumentInput>? Documents = null,
    string? Note = null,
    List<Contracts.Citizens.AttachmentInput>? Attachments = null,
    Workflow.Engine.Runtime.States.ResultDelivery ResultDelivery = Workflow.Engine.Runtime.States.ResultDelivery.Online);
