using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Definitions.Versioning;

/// <summary>
/// Every loaded version of every procedure, side by side. New dossiers use the newest
/// published version in force on their receipt date; running dossiers keep their own.
/// </summary>
public sealed class ProcedureCatalog
{
    private readonly Dictionary<string, List<ProcedureDefinition>> _byProcedure;

    public ProcedureCatalog(IEnumerable<ProcedureDefinition> definitions)
    {
        _byProcedure = definitions
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Version).ToList(), StringComparer.Ordinal);
    }

    public static ProcedureCatalog Empty { get; } = new([]);

    public IEnumerable<string> ProcedureIds => _byProcedure.Keys.Order(StringComparer.Ordinal);

    public IEnumerable<ProcedureDefinition> All => _byProcedure.Values.SelectMany(v => v);

    public IReadOnlyList<ProcedureDefinition> Versions(string procedureId) =>
        _byProcedure.TryGetValue(procedureId, out var versions) ? versions : [];

    public ProcedureDefinition? Find(string procedureId, int version) =>
        Versions(procedureId).FirstOrDefault(d => d.Version == version);

    /// <summary>The published version that applies to a dossier received on <paramref name="date"/> (local date).</summary>
    public ProcedureDefinition? InForce(string procedureId, DateOnly date) =>
        Versions(procedureId)
            .Where(d => d.Status == DefinitionStatus.Published && (d.EffectiveFrom is null || d.EffectiveFrom <= date))
            .MaxBy(d => d.Version);

    /// <summary>The newest published version of each procedure in force on a date.</summary>
    public IEnumerable<ProcedureDefinition> AllInForce(DateOnly date) =>
        ProcedureIds.Select(id => InForce(id, date)).OfType<ProcedureDefinition>();
}
