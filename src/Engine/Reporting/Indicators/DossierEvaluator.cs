using System.Globalization;
using Workflow.Engine.Deadlines;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Localization;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Reporting.Indicators;

/// <summary>Scores one dossier on the Circular 01/2018 indices the data supports (see <see cref="EvaluationIndicators"/>).</summary>
internal static class DossierEvaluator
{
    /// <summary>Commands that mean the citizen had to come back with more papers.</summary>
    public static readonly string[] CameBack = [JournalKinds.AskToComplete, JournalKinds.RequestSupplement, JournalKinds.WaitSupplement];

    /// <summary>Commands that mean the citizen came to a unit and an officer of that unit recorded it.</summary>
    public static readonly string[] CitizenContacts = [JournalKinds.ReceiveAtDesk, JournalKinds.Resubmit, JournalKinds.SupplementReceived, JournalKinds.PaymentConfirmed];

    /// <param name="unitName">Names a unit for the bases a reader checks (the organisation's name, not its id).</param>
    /// <param name="culture">The language of the bases' words (on time, late, channel), as the rest of the report.</param>
    public static DossierEvaluation Evaluate(DossierFacts d, DateTime nowUtc, Func<string, string> unitName, CultureInfo? culture) => new(d.Id, d.Code, d.ReceivingUnitId,
    [
        TotalTime(d, culture),
        TimeAtEachAgency(d, unitName, culture),
        TimesCameBack(d),
        AgenciesContacted(d, unitName),
        OneStopDesk(d, unitName),
        Feedback(d, nowUtc),
        Online(d, culture),
    ]);

    private static IndexScore TotalTime(DossierFacts d, CultureInfo? culture) => new(EvaluationIndicators.TotalTime.Id, d.FinishPunctuality switch
    {
        Punctuality.Early => 2,
        Punctuality.OnTime => 1,
        Punctuality.Late => 0,
        _ => null,
    }, d.FinishPunctuality is { } finished ? ReportLabels.PunctualityName(finished, culture) : "-");

    private static IndexScore TimeAtEachAgency(DossierFacts d, Func<string, string> unitName, CultureInfo? culture)
    {
        var classified = d.Steps.Where(s => s.Punctuality is not null).ToList();
        var units = string.Join(", ", classified.GroupBy(s => s.UnitId).Select(g => $"{(g.Key is null ? "-" : unitName(g.Key))}: {ReportLabels.PunctualityName(Worst(g.Select(s => s.Punctuality!.Value)), culture)}"));
        int? points = classified.Count == 0 ? null
            : classified.Any(s => s.Punctuality == Punctuality.Late) ? 0
            : classified.All(s => s.Punctuality == Punctuality.Early) ? 2
            : 1;
        return new(EvaluationIndicators.TimeAtEachAgency.Id, points, units);
    }

    private static IndexScore TimesCameBack(DossierFacts d)
    {
        var times = d.CitizenEvents.Count(e => CameBack.Contains(e.Command));
        return new(EvaluationIndicators.TimesCameBack.Id, times switch { 0 => 2, 1 => 1, _ => 0 }, times.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static IndexScore AgenciesContacted(DossierFacts d, Func<string, string> unitName)
    {
        var units = d.CitizenEvents
            .Where(e => CitizenContacts.Contains(e.Command) && !e.BySystem && e.ActorUnitId is not null && (e.Command != JournalKinds.PaymentConfirmed || PaidInPerson(e.Detail)))
            .Select(e => e.ActorUnitId!)
            .Append(d.ReceivingUnitId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new(EvaluationIndicators.AgenciesContacted.Id, units.Count switch { 1 => 2, 2 => 1, _ => 0 }, string.Join(", ", units.Select(unitName)));
    }

    private static IndexScore OneStopDesk(DossierFacts d, Func<string, string> unitName)
    {
        var returnStep = d.Steps.LastOrDefault(s => s.Phase == StepPhase.Return);
        int? points = !d.Returned || returnStep.UnitId is null ? null : returnStep.UnitId == d.ReceivingUnitId ? 2 : 0;
        return new(EvaluationIndicators.OneStopDesk.Id, points, returnStep.UnitId is null ? "-" : unitName(returnStep.UnitId));
    }

    private static IndexScore Feedback(DossierFacts d, DateTime nowUtc)
    {
        if (d.Feedback.Count == 0)
        {
            return new(EvaluationIndicators.FeedbackHandling.Id, null, "0");
        }

        int? points = d.Feedback.Any(f => !f.Answered && f.DueAt < nowUtc) ? 0
            : d.Feedback.Any(f => f.Answered && f.Punctuality == Punctuality.Late) ? 1
            : d.Feedback.All(f => f.Answered) ? 2
            : null;
        return new(EvaluationIndicators.FeedbackHandling.Id, points, d.Feedback.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static IndexScore Online(DossierFacts d, CultureInfo? culture)
    {
        var fullOnline = IsFullOnline(d.Channel, d.OnlineMode, d.ResultDelivery, d.PaidOutsideGateway);
        var paid = d.PaidOutsideGateway ? Text.Pick(culture, ", nộp phí ngoài cổng thanh toán", ", paid outside the gateway") : "";
        return new(EvaluationIndicators.OnlineService.Id, fullOnline ? 2 : d.Channel == Channel.Online ? 1 : 0,
            $"{ReportLabels.ChannelName(d.Channel, culture)}, {ReportLabels.OnlineModeName(d.OnlineMode, culture)}, {ReportLabels.DeliveryName(d.ResultDelivery, culture)}{paid}");
    }

    /// <summary>Filed online for a full-online procedure, nothing paid outside the gateway, result online or by post.</summary>
    public static bool IsFullOnline(Channel channel, OnlineMode mode, ResultDelivery delivery, bool paidOutsideGateway) =>
        channel == Channel.Online && mode == OnlineMode.Full && (delivery is ResultDelivery.Online or ResultDelivery.Post) && !paidOutsideGateway;

    /// <summary>A payment at the desk means the citizen went there; a bank transfer or the gateway does not.</summary>
    private static bool PaidInPerson(string? detail) => JournalDetailReader.Read<PaymentConfirmedDetail>(detail)?.Method == PaymentMethod.Desk;

    private static Punctuality Worst(IEnumerable<Punctuality> values) => values.Max();
}
