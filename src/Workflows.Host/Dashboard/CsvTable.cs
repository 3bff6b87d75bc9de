using System.Globalization;
using System.Text;

namespace Workflows.Host.Dashboard;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel opens the Chinese text correctly.
/// Text cells that a spreadsheet would read as a formula get a leading apostrophe (OWASP CSV injection).
/// </summary>
public static class CsvTable
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder();
        AppendRow(text, header);
        foreach (var row in rows)
        {
            AppendRow(text, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void AppendRow(StringBuilder text, IEnumerable<object?> cells)
    {
        text.AppendJoin(',', cells.Select(Escape)).Append("\r\n");
    }

    private static string Escape(object? cell)
    {
        var value = cell switch
        {
            null => "",
            DateTimeOffset instant => instant.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => Neutralise(cell.ToString() ?? ""),
        };
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    // Numbers (a negative count of working days) are written by us and stay numbers; only text can carry a formula.
    private static string Neutralise(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
}
