namespace Workflow.Engine.Reporting.Queries;

/// <summary>The database's answer: figures per (unit, procedure version, channel).</summary>
internal sealed class FigureTable
{
    private readonly Dictionary<DossierGroupKey, DossierFigures> _rows = new();

    public IReadOnlyDictionary<DossierGroupKey, DossierFigures> Rows => _rows;

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
