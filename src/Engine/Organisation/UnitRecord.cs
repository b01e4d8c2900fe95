using System.Collections.Immutable;
using System.Globalization;

namespace Workflow.Engine.Organisation;

/// <summary>
/// One period of one unit's life. A unit keeps its id across renames and changes of parent;
/// each such change starts a new record, so a dossier received in 2024 still finds the unit
/// as it was in 2024.
/// </summary>
/// <param name="Id">The unit's stable id, shared by all its records.</param>
/// <param name="Code">National agency identifier (Circular 10/2016/TT-BTTTT) in force during this period.</param>
/// <param name="KindId">The unit's kind, which decides the roles that exist in it.</param>
/// <param name="ParentId">The unit this one belongs to during this period; none for a root unit.</param>
/// <param name="Serves">Units whose dossiers this unit serves during this period.</param>
/// <param name="Successors">Units that took over this unit's dossiers when it ended.</param>
public sealed record UnitRecord(
    string Id,
    string Code,
    string Name,
    string? NameEn,
    string KindId,
    string? ParentId,
    ValidityPeriod Validity,
    IReadOnlyList<string> Serves,
    IReadOnlyList<string> Successors)
{
    // Copied into immutable arrays so a record never changes after it is made.
    public IReadOnlyList<string> Serves { get; } = Serves.ToImmutableArray();

    public IReadOnlyList<string> Successors { get; } = Successors.ToImmutableArray();

    public DateOnly ValidFrom => Validity.From;

    /// <summary>The first day this record is no longer in force; null while it still is.</summary>
    public DateOnly? ValidTo => Validity.To;

    public bool IsValidOn(DateOnly date) => Validity.Contains(date);

    /// <summary>The English name when English is asked for and one is given; the Vietnamese name otherwise.</summary>
    public string DisplayName(CultureInfo? culture = null) =>
        OrganisationText.IsEnglish(culture) && !string.IsNullOrWhiteSpace(NameEn) ? NameEn : Name;

    // Value equality over the lists' contents too, not over the list references.
    public bool Equals(UnitRecord? other) =>
        other is not null
        && Id == other.Id && Code == other.Code && Name == other.Name && NameEn == other.NameEn
        && KindId == other.KindId && ParentId == other.ParentId && Validity == other.Validity
        && Serves.SequenceEqual(other.Serves) && Successors.SequenceEqual(other.Successors);

    public override int GetHashCode() => HashCode.Combine(Id, Code, Validity);

    public override string ToString() => $"{Id} {Validity}";
}
