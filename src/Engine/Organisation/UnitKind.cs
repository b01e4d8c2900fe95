using System.Collections.Immutable;
using System.Globalization;

namespace Workflow.Engine.Organisation;

/// <summary>
/// A kind of unit (commune, land registry branch, tax office...): procedure definitions name
/// assignees by kind so that one definition runs in every unit of that kind.
/// </summary>
public sealed record UnitKind(string Id, string Name, string NameEn, AdministrativeLevel Level, IReadOnlyList<string> RoleIds)
{
    // Copied into an immutable array so a kind never changes after it is made.
    public IReadOnlyList<string> RoleIds { get; } = RoleIds.ToImmutableArray();

    public bool HasRole(string roleId) => RoleIds.Contains(roleId, StringComparer.Ordinal);

    public string DisplayName(CultureInfo? culture = null) => OrganisationText.IsEnglish(culture) ? NameEn : Name;

    // Value equality over the role list's contents, not over the list reference.
    public bool Equals(UnitKind? other) =>
        other is not null
        && Id == other.Id && Name == other.Name && NameEn == other.NameEn && Level == other.Level
        && RoleIds.SequenceEqual(other.RoleIds);

    public override int GetHashCode() => HashCode.Combine(Id, Level);
}
