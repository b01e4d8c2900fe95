using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Persistence.Entities;

/// <summary>
/// One dossier (hồ sơ): the aggregate every command loads, changes and saves in one
/// transaction. <see cref="Version"/> guards against two commands changing it at once.
/// Instants are UTC.
/// </summary>
public sealed class DossierRecord
{
    public Guid Id { get; set; }

    /// <summary>The dossier code printed on the receipt, e.g. <c>H55.24.3-261126-0007</c>.</summary>
    public string Code { get; set; } = "";

    public string ProcedureId { get; set; } = "";

    public int ProcedureVersion { get; set; }

    public string ProcedureName { get; set; } = "";

    public DossierState State { get; set; }

    /// <summary>The national portal status code (1-10), kept in step with the state by every command.</summary>
    public int StatusCode { get; set; }

    public Channel Channel { get; set; }

    public string ReceivingUnitId { get; set; } = "";

    public string ApplicantName { get; set; } = "";

    /// <summary>Lower-case name without diacritics, so "nguyen thi" finds "Nguyễn Thị".</summary>
    public string ApplicantSearchName { get; set; } = "";

    public string? ApplicantIdNumber { get; set; }

    public string? ApplicantPhone { get; set; }

    public string? ApplicantEmail { get; set; }

    public string? ApplicantAddress { get; set; }

    /// <summary>Hash of the secret the citizen uses with the code to follow the dossier.</summary>
    public string? TrackingSecretHash { get; set; }

    /// <summary>The dossier's data fields as a JSON object.</summary>
    public string DataJson { get; set; } = "{}";

    /// <summary>The papers received (checklist) as a JSON array.</summary>
    public string DocumentsJson { get; set; } = "[]";

    public int Sets { get; set; } = 1;

    public string? Note { get; set; }

    public DateTime SubmittedAt { get; set; }

    /// <summary>When the complete dossier was accepted; the statutory clock starts here.</summary>
    public DateTime? AcceptedAt { get; set; }

    /// <summary>The statutory due instant; null while the clock is paused or not started.</summary>
    public DateTime? DueAt { get; set; }

    /// <summary>The appointment promised to the citizen (the receipt's, or the apology's new one).</summary>
    public DateTime? AppointmentAt { get; set; }

    /// <summary>Set once the late unit has apologised with a new appointment; it may happen only once.</summary>
    public bool Rescheduled { get; set; }

    public DateTime? FinishedAt { get; set; }

    public DateTime? ReturnedAt { get; set; }

    public Punctuality? FinishPunctuality { get; set; }

    public EndResult? Result { get; set; }

    /// <summary>The postal waybill the dossier arrived with (channel 3).</summary>
    public string? PostalWaybillIn { get; set; }

    /// <summary>How the citizen asked to receive the result.</summary>
    public ResultDelivery ResultDelivery { get; set; }

    /// <summary>The waybill of the result sent by post, and when it was handed to the postal service.</summary>
    public string? PostalWaybillOut { get; set; }

    public DateTime? PostalHandedOverAt { get; set; }

    /// <summary>Where processing resumes when the citizen brings the supplement.</summary>
    public string? ResumeStepId { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long Version { get; set; }
}
