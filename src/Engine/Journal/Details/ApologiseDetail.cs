namespace Workflow.Engine.Journal.Details;

/// <summary>
/// The late unit, the appointment missed and the new one, the latest instant the apology was due, whether it came in time,
/// and whether the appointment had already passed (the letter says "was late" rather than "will be late"). Entries written
/// before <see cref="AlreadyLate"/> was recorded have none: see <see cref="WasAlreadyLate"/>.
/// </summary>
public sealed record ApologiseDetail(string LateUnit, DateTime? PreviousAppointment, DateTime NewAppointment, DateTime LatestAllowed, bool IssuedInTime,
    bool? AlreadyLate = null) : IJournalDetail
{
    string IJournalDetail.Kind => JournalKinds.Apologise;

    /// <summary>Whether an apology made at <paramref name="at"/> (UTC) came after the appointment; with no appointment, it did.</summary>
    public static bool WasAlreadyLate(DateTime? previousAppointment, DateTime at) => previousAppointment is not { } promised || at > promised;
}
