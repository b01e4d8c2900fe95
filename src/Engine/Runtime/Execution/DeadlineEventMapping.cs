using System.Globalization;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Runtime.Execution;

/// <summary>Converts ledger events to and from their rows.</summary>
internal static class DeadlineEventMapping
{
    public static DeadlineEventRecord ToRecord(DeadlineEvent e)
    {
        var record = new DeadlineEventRecord { Kind = e.Kind, At = e.At.UtcDateTime };
        switch (e)
        {
            case DeadlineStarted started:
                Fill(record, started.Duration);
                record.Convention = DeadlineConventionNames.NameOf(started.Convention);
                record.UnitId = started.UnitId;
                break;
            case DeadlinePaused paused:
                record.Reason = paused.Reason;
                break;
            case DeadlineExtended extended:
                Fill(record, extended.Duration);
                record.Reason = extended.Reason;
                break;
            case DeadlineRescheduled rescheduled:
                record.NewDue = rescheduled.NewDue.UtcDateTime;
                record.Reason = rescheduled.Reason;
                break;
        }

        return record;
    }

    public static DeadlineEvent FromRecord(DeadlineEventRecord r)
    {
        var at = new DateTimeOffset(DateTime.SpecifyKind(r.At, DateTimeKind.Utc));
        return r.Kind switch
        {
            DeadlineStarted.KindName => new DeadlineStarted(at, Duration(r), DeadlineConventionNames.TryParse(r.Convention, out var c) ? c : DeadlineConvention.CivilCode, r.UnitId),
            DeadlinePaused.KindName => new DeadlinePaused(at, r.Reason ?? ""),
            DeadlineResumed.KindName => new DeadlineResumed(at),
            DeadlineRestarted.KindName => new DeadlineRestarted(at),
            DeadlineExtended.KindName => new DeadlineExtended(at, Duration(r), r.Reason ?? ""),
            DeadlineRescheduled.KindName => new DeadlineRescheduled(at, new DateTimeOffset(DateTime.SpecifyKind(r.NewDue!.Value, DateTimeKind.Utc)), r.Reason ?? ""),
            _ => throw new InvalidOperationException($"Unknown deadline event kind \"{r.Kind}\" in row {r.Id}."),
        };
    }

    private static void Fill(DeadlineEventRecord record, Duration duration)
    {
        record.Value = duration.Value;
        record.Unit = Deadlines.Duration.UnitName(duration.Unit);
        record.Cutoff = duration.Cutoff?.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    private static Duration Duration(DeadlineEventRecord r)
    {
        Deadlines.Duration.TryParseUnit(r.Unit, out var unit);
        TimeOnly? cutoff = r.Cutoff is null ? null : TimeOnly.ParseExact(r.Cutoff, "HH:mm", CultureInfo.InvariantCulture);
        return new Duration(r.Value ?? 0, unit, cutoff);
    }
}
