namespace Workflow.Engine.Reporting.Queries;

/// <summary>The database's answer: figures per (unit, procedure version, channel).</summary>
internal sealed class FigureTable
{
    private readonly Dictionary<DossierGroupKey, DossierFigures> _rows = new();

    public IReadOnlyDictionary<DossierGroupKey, DossierFigures> Rows => _rows;

    /// <summary>Adds another table's figures (each query fills its own table when they run side by side).</summary>
    public void Add(FigureTable other)
    {
        foreach (var (key, figures) in other._rows)
        {
            For(key).Add(figures);
        }
    }

    public DossierFigures For(DossierGroupKey key)
    {
        if (!_rows.TryGetValue(key, out var figures))
        {
            figures = new DossierFigures();
            _rows[key] = figures;
        }

        return figures;
    }
}
