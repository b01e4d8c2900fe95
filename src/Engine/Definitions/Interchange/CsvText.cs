using System.Text;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// CSV as spreadsheets write it: cells separated by commas (or semicolons, as spreadsheets set to a
/// Vietnamese locale save it: the first line decides), quoted with double quotes when they hold a separator,
/// a quote or a line break. Rows are numbered as a spreadsheet opening the file numbers them (a quoted line break stays in its row).
/// </summary>
public static class CsvText
{
    public static IReadOnlyList<TableRow> Parse(string text)
    {
        var separator = FirstLineSeparator(text);
        var rows = new List<TableRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var record = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c != '\r')
                    {
                        cell.Append(c);
                    }
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                AddRow(rows, record++, cells);
                cells = [];
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            AddRow(rows, record, cells);
        }

        return rows;
    }

    /// <summary>One CSV line (without its line break), quoting the cells that need it.</summary>
    public static string Line(IEnumerable<string> cells) =>
        string.Join(',', cells.Select(c => c.IndexOfAny([',', ';', '"', '\n', '\r']) >= 0 ? $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : c));

    private static void AddRow(List<TableRow> rows, int number, List<string> cells)
    {
        var row = new TableRow(number, cells);
        if (!row.IsBlank)
        {
            rows.Add(row);
        }
    }

    private static char FirstLineSeparator(string text)
    {
        var end = text.IndexOf('\n');
        var first = end < 0 ? text : text[..end];
        return first.Count(c => c == ';') > first.Count(c => c == ',') ? ';' : ',';
    }
}
