using System.Globalization;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// Where a layout's columns are in a file: the header row is the first of the first ten rows that names a
/// required column (title rows above it, as on an approval decision's annex, are skipped); columns may be in any order.
/// </summary>
public sealed class TableHeader
{
    private const int RowsSearched = 10;

    private readonly Dictionary<TableColumn, int> _indexes;

    private TableHeader(int row, Dictionary<TableColumn, int> indexes, IReadOnlyDictionary<TableColumn, string> written)
    {
        Row = row;
        _indexes = indexes;
        Written = written;
    }

    /// <summary>The header row's number in the file.</summary>
    public int Row { get; }

    /// <summary>Each found column's header as the file writes it (for messages).</summary>
    public IReadOnlyDictionary<TableColumn, string> Written { get; }

    public bool Has(TableColumn column) => _indexes.ContainsKey(column);

    public string Cell(TableRow row, TableColumn column) => _indexes.TryGetValue(column, out var index) ? row.Cell(index) : "";

    /// <summary>The column's header as the file writes it, or the layout's own.</summary>
    public string Name(TableColumn column, CultureInfo? culture) => Written.GetValueOrDefault(column) ?? column.Header(culture);

    /// <exception cref="TableFileException">No row names every required column.</exception>
    public static TableHeader Find(IReadOnlyList<TableRow> rows, IReadOnlyList<TableColumn> layout, CultureInfo? culture)
    {
        foreach (var row in rows.Take(RowsSearched))
        {
            var indexes = new Dictionary<TableColumn, int>();
            var written = new Dictionary<TableColumn, string>();
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (layout.FirstOrDefault(c => !indexes.ContainsKey(c) && c.Matches(row.Cell(i))) is { } column)
                {
                    indexes[column] = i;
                    written[column] = row.Cell(i);
                }
            }

            if (layout.Where(c => c.Required).All(indexes.ContainsKey))
            {
                return new TableHeader(row.Number, indexes, written);
            }
        }

        var required = string.Join(", ", layout.Where(c => c.Required).Select(c => $"\"{c.Header(culture)}\""));
        throw new TableFileException(Text.Pick(culture,
            $"Không tìm thấy dòng tiêu đề có đủ các cột {required} trong {RowsSearched} dòng đầu; đặt tên cột như tài liệu mô tả rồi nhập lại.",
            $"No header row naming the columns {required} in the first {RowsSearched} rows; name the columns as the documentation shows and import again."));
    }
}
