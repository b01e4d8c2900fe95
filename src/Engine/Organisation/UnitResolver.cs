using System.Collections.Immutable;
using System.Globalization;

namespace Workflow.Engine.Organisation;

/// <summary>
/// Finds the concrete unit behind an assignee written as "a unit kind relative to the
/// dossier's receiving unit", as the organisation stood on a given local date. The rules,
/// tried in order:
/// <list type="number">
/// <item>the receiving unit itself, when it is of the kind;</item>
/// <item>a unit of the kind that serves the receiving unit, else one that serves its parent,
/// and so on up (nearest first);</item>
/// <item>walking up the ancestors (nearest first, starting with the receiving unit), the units
/// of the kind among the ancestor itself and its descendants outside the branch already
/// searched: one is the answer, several are ambiguous;</item>
/// <item>otherwise none is found.</item>
/// </list>
/// A receiving unit that had ended by the date is replaced by its successors in force then;
/// the answer stands only if every successor leads to the same unit.
/// </summary>
public sealed class UnitResolver(OrganisationModel organisation)
{
    private static readonly IReadOnlyList<UnitRecord> None = ImmutableArray<UnitRecord>.Empty;

    public OrganisationModel Organisation { get; } = organisation;

    /// <param name="kindId">The unit kind the definition names, e.g. <c>land-registry-branch</c>.</param>
    /// <param name="receivingUnitId">The unit that received the dossier.</param>
    /// <param name="date">The local date whose organisation applies (normally the day the dossier was received).</param>
    /// <param name="culture">Language of the explanation: Vietnamese unless an English culture is given.</param>
    public UnitResolution Resolve(string kindId, string receivingUnitId, DateOnly date, CultureInfo? culture = null)
    {
        if (Organisation.FindKind(kindId) is not { } kind)
        {
            return Failure(UnitResolutionOutcome.UnknownKind, kindId, receivingUnitId, date, ResolutionMessages.UnknownKind(kindId, culture));
        }

        var standing = Organisation.StandingOn(receivingUnitId, date);
        return standing.Kind switch
        {
            UnitStandingKind.Unknown => Failure(UnitResolutionOutcome.UnknownReceivingUnit, kindId, receivingUnitId, date, ResolutionMessages.UnknownReceivingUnit(receivingUnitId, culture)),
            UnitStandingKind.InForce => ResolveFrom(kind, standing.Record!, receivingUnitId, date, culture),
            UnitStandingKind.NotYetStarted => Failure(UnitResolutionOutcome.ReceivingUnitNotInForce, kindId, receivingUnitId, date, ResolutionMessages.NotYetInForce(standing.Record!, date, culture)),
            UnitStandingKind.BetweenRecords => Failure(UnitResolutionOutcome.ReceivingUnitNotInForce, kindId, receivingUnitId, date, ResolutionMessages.NotInForce(standing.Record!, date, culture)),
            _ when standing.Successors.Count == 0 => Failure(UnitResolutionOutcome.ReceivingUnitNotInForce, kindId, receivingUnitId, date, ResolutionMessages.EndedWithoutSuccessor(standing.Record!, date, culture)),
            _ => ResolveThroughSuccessors(kind, standing.Record!, standing.Successors, date, culture),
        };
    }

    private UnitResolution ResolveFrom(UnitKind kind, UnitRecord receiving, string askedId, DateOnly date, CultureInfo? culture)
    {
        if (receiving.KindId == kind.Id)
        {
            return Found(kind, askedId, date, receiving, UnitResolutionRule.ReceivingUnitItself, receiving, ResolutionMessages.ItselfOfKind(receiving, kind, culture));
        }

        var chain = new List<UnitRecord> { receiving };
        chain.AddRange(Organisation.AncestorsAt(receiving.Id, date));

        foreach (var served in chain)
        {
            var serving = Organisation.ServingUnitsAt(served.Id, date).Where(u => u.KindId == kind.Id).DistinctBy(u => u.Id).ToImmutableArray();
            if (serving.Length == 1)
            {
                var explanation = served == receiving
                    ? ResolutionMessages.ServesReceivingUnit(serving[0], receiving, date, culture)
                    : ResolutionMessages.ServesAncestor(serving[0], served, receiving, date, culture);
                return Found(kind, askedId, date, serving[0], UnitResolutionRule.Serves, served, explanation);
            }

            if (serving.Length > 1)
            {
                return Ambiguous(kind, askedId, date, UnitResolutionRule.Serves, served, serving, ResolutionMessages.SeveralServe(kind, served, serving, date, culture));
            }
        }

        UnitRecord? searched = null;
        foreach (var ancestor in chain)
        {
            var candidates = ImmutableArray.CreateBuilder<UnitRecord>();
            if (ancestor != receiving && ancestor.KindId == kind.Id)
            {
                candidates.Add(ancestor);
            }

            candidates.AddRange(Organisation.DescendantsAt(ancestor.Id, date, skip: searched?.Id).Where(u => u.KindId == kind.Id));
            if (candidates.Count == 1)
            {
                var unit = candidates[0];
                var explanation = ancestor == receiving
                    ? ResolutionMessages.OnlyUnderReceivingUnit(unit, kind, receiving, date, culture)
                    : unit == ancestor
                        ? ResolutionMessages.NearestAncestorOfKind(unit, kind, receiving, date, culture)
                        : ResolutionMessages.OnlyWithinAncestor(unit, kind, ancestor, receiving, date, culture);
                return Found(kind, askedId, date, unit, UnitResolutionRule.Hierarchy, ancestor, explanation);
            }

            if (candidates.Count > 1)
            {
                var all = candidates.ToImmutable();
                var explanation = ancestor == receiving
                    ? ResolutionMessages.SeveralUnderReceivingUnit(kind, receiving, all, date, culture)
                    : ResolutionMessages.SeveralWithinAncestor(kind, ancestor, receiving, all, date, culture);
                return Ambiguous(kind, askedId, date, UnitResolutionRule.Hierarchy, ancestor, all, explanation);
            }

            searched = ancestor;
        }

        return new UnitResolution(UnitResolutionOutcome.NotFound, kind.Id, askedId, date, null, null, null, None, None, ResolutionMessages.NotFound(kind, receiving, date, culture));
    }

    private UnitResolution ResolveThroughSuccessors(UnitKind kind, UnitRecord ended, IReadOnlyList<UnitRecord> successors, DateOnly date, CultureInfo? culture)
    {
        var results = successors.Select(s => ResolveFrom(kind, s, ended.Id, date, culture)).ToList();
        var takenOver = ResolutionMessages.TakenOver(ended, successors, culture);
        var found = results.Where(r => r.IsResolved).Select(r => r.Unit!).DistinctBy(u => u.Id).ToList();

        if (results.All(r => r.IsResolved) && found.Count == 1)
        {
            var first = results[0];
            var explanation = takenOver + " " + string.Join(" ", results.Select(r => r.Explanation).Distinct());
            return first with { TakenOverBy = successors, Explanation = explanation };
        }

        var candidates = results.SelectMany(r => r.IsResolved ? [r.Unit!] : r.Candidates.AsEnumerable()).DistinctBy(u => u.Id).ToImmutableArray();
        if (candidates.IsEmpty)
        {
            var explanation = takenOver + " " + string.Join(" ", results.Select(r => r.Explanation));
            return new UnitResolution(UnitResolutionOutcome.NotFound, kind.Id, ended.Id, date, null, null, null, None, successors, explanation);
        }

        return new UnitResolution(
            UnitResolutionOutcome.Ambiguous, kind.Id, ended.Id, date, null, null, null, candidates, successors,
            takenOver + " " + ResolutionMessages.SuccessorsDisagree(kind, candidates, culture));
    }

    private static UnitResolution Found(UnitKind kind, string askedId, DateOnly date, UnitRecord unit, UnitResolutionRule rule, UnitRecord via, string explanation) =>
        new(UnitResolutionOutcome.Resolved, kind.Id, askedId, date, unit, rule, via, None, None, explanation);

    private static UnitResolution Ambiguous(UnitKind kind, string askedId, DateOnly date, UnitResolutionRule rule, UnitRecord via, IReadOnlyList<UnitRecord> candidates, string explanation) =>
        new(UnitResolutionOutcome.Ambiguous, kind.Id, askedId, date, null, rule, via, candidates, None, explanation);

    private static UnitResolution Failure(UnitResolutionOutcome outcome, string kindId, string receivingUnitId, DateOnly date, string explanation) =>
        new(outcome, kindId, receivingUnitId, date, null, null, null, None, None, explanation);
}
