using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Workflow.Engine.Spreadsheets;

/// <summary>
/// Collects the distinct styles of a workbook and gives each cell its format index; fonts, fills, borders,
/// number formats and cell formats are each written once however many cells share them.
/// </summary>
internal sealed class StylesheetBuilder
{
    private readonly Dictionary<(bool Bold, bool Italic, double Size), uint> _fonts = [];
    private readonly Dictionary<string, uint> _fills = new(StringComparer.Ordinal);
    private readonly Dictionary<string, uint> _numberFormats = new(StringComparer.Ordinal);
    private readonly Dictionary<CellStyle, uint> _cellFormats = [];
    private readonly List<CellStyle> _cellFormatOrder = [];

    public StylesheetBuilder()
    {
        // Index 0 of every list is the default the file format assumes for cells without a style.
        FormatIndex(CellStyle.Default);
    }

    public uint FormatIndex(CellStyle style)
    {
        if (!_cellFormats.TryGetValue(style, out var index))
        {
            index = (uint)_cellFormatOrder.Count;
            _cellFormats.Add(style, index);
            _cellFormatOrder.Add(style);
            FontIndex(style);
            FillIndex(style);
            NumberFormatId(style);
        }

        return index;
    }

    public Stylesheet Build()
    {
        var customFormats = _numberFormats.Where(f => f.Value >= NumberFormats.FirstCustomId).OrderBy(f => f.Value).ToList();
        var stylesheet = new Stylesheet();
        if (customFormats.Count > 0)
        {
            stylesheet.Append(new NumberingFormats(customFormats.Select(f => new NumberingFormat { NumberFormatId = f.Value, FormatCode = f.Key }))
            {
                Count = (uint)customFormats.Count,
            });
        }

        var fonts = _fonts.OrderBy(f => f.Value).Select(f => f.Key).ToList();
        stylesheet.Append(new Fonts(fonts.Select(Font)) { Count = (uint)fonts.Count });
        var fills = _fills.OrderBy(f => f.Value).Select(f => f.Key).ToList();
        // The file format reserves the first two fills (none and the 12.5% grey pattern) whatever the workbook uses.
        stylesheet.Append(new Fills(
            [new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }), .. fills.Select(SolidFill)])
        {
            Count = (uint)(fills.Count + 2),
        });
        stylesheet.Append(new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), ThinBorder()) { Count = 2 });
        stylesheet.Append(new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 });
        stylesheet.Append(new CellFormats(_cellFormatOrder.Select(CellFormat)) { Count = (uint)_cellFormatOrder.Count });
        stylesheet.Append(new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }

    private CellFormat CellFormat(CellStyle style)
    {
        var format = new CellFormat
        {
            NumberFormatId = NumberFormatId(style),
            FontId = FontIndex(style),
            FillId = FillIndex(style),
            BorderId = style.ThinBorder ? 1u : 0u,
            FormatId = 0,
        };
        if (format.NumberFormatId.Value != 0)
        {
            format.ApplyNumberFormat = true;
        }

        if (format.FontId.Value != 0)
        {
            format.ApplyFont = true;
        }

        if (format.FillId.Value != 0)
        {
            format.ApplyFill = true;
        }

        if (style.ThinBorder)
        {
            format.ApplyBorder = true;
        }

        // An indent only shows on left- or right-aligned text, so an indented General cell is written left-aligned.
        var horizontal = style.Indent > 0 && style.Horizontal == HorizontalAlignment.General ? HorizontalAlignment.Left : style.Horizontal;
        if (horizontal != HorizontalAlignment.General || style.Vertical != VerticalAlignment.Bottom || style.WrapText || style.Indent > 0)
        {
            var alignment = new Alignment();
            if (horizontal != HorizontalAlignment.General)
            {
                alignment.Horizontal = horizontal switch
                {
                    HorizontalAlignment.Left => HorizontalAlignmentValues.Left,
                    HorizontalAlignment.Center => HorizontalAlignmentValues.Center,
                    _ => HorizontalAlignmentValues.Right,
                };
            }

            if (style.Vertical != VerticalAlignment.Bottom)
            {
                alignment.Vertical = style.Vertical == VerticalAlignment.Center ? VerticalAlignmentValues.Center : VerticalAlignmentValues.Top;
            }

            if (style.WrapText)
            {
                alignment.WrapText = true;
            }

            if (style.Indent > 0)
            {
                alignment.Indent = (uint)style.Indent;
            }

            format.Append(alignment);
            format.ApplyAlignment = true;
        }

        return format;
    }

    private uint FontIndex(CellStyle style) => IndexOf(_fonts, (style.Bold, style.Italic, style.FontSize), 0);

    private uint FillIndex(CellStyle style) => style.FillColor is { } color ? IndexOf(_fills, color, 2) : 0;

    private uint NumberFormatId(CellStyle style)
    {
        var code = style.NumberFormat ?? NumberFormats.General;
        if (NumberFormats.TryBuiltInId(code, out var builtIn))
        {
            return builtIn;
        }

        return IndexOf(_numberFormats, code, NumberFormats.FirstCustomId);
    }

    private static uint IndexOf<TKey>(Dictionary<TKey, uint> indexes, TKey key, uint first)
        where TKey : notnull
    {
        if (!indexes.TryGetValue(key, out var index))
        {
            index = first + (uint)indexes.Count;
            indexes.Add(key, index);
        }

        return index;
    }

    private static Font Font((bool Bold, bool Italic, double Size) font)
    {
        var element = new Font();
        if (font.Bold)
        {
            element.Append(new Bold());
        }

        if (font.Italic)
        {
            element.Append(new Italic());
        }

        element.Append(new FontSize { Val = font.Size });
        element.Append(new FontName { Val = "Calibri" });
        element.Append(new FontFamilyNumbering { Val = 2 });
        return element;
    }

    private static Fill SolidFill(string color) =>
        new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString("FF" + color) }, new BackgroundColor { Indexed = 64 })
        {
            PatternType = PatternValues.Solid,
        });

    private static Border ThinBorder() =>
        new(
            new LeftBorder { Style = BorderStyleValues.Thin },
            new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin },
            new BottomBorder { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
}
