namespace Workflow.Engine.Journal.Details;

/// <summary>The late unit, the appointment missed and the new one, the latest instant the apology was due, and whether it came in time.</summary>
public sealed record ApologiseDetail(string LateUnit, DateTime? PreviousAppointment, DateTime NewAppointment, DateTime LatestAllowed, bool IssuedInTime) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.Apologise;
}
