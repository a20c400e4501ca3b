using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WorkAbility.Web.Features.Statistics;

/// <summary>The overview rows as an XLSX workbook: one sheet, the same columns as the CSV, numbers as numbers, suppressed values empty.</summary>
public static class StatisticsWorkbook
{
    public static byte[] Write(IReadOnlyList<StatisticsRows.Row> rows, StatisticsRows.Labels labels)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Line(labels.Headers));
            foreach (var r in rows)
            {
                var cells = labels.Cells(r);
                var line = Line(cells.Take(5));
                line.Append(r.Value is { } v ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(v) } : new Cell());
                line.Append(cells.Skip(6).Select(Text));
                data.Append(line);
            }
            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Tilastot" });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Line(IEnumerable<string> texts)
    {
        var row = new Row();
        row.Append(texts.Select(Text));
        return row;
    }

    private static Cell Text(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
}
