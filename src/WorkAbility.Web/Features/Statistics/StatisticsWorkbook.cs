using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WorkAbility.Web.Features.Statistics;

/// <summary>The overview rows as an XLSX workbook: one sheet, numbers as numbers, suppressed values empty.</summary>
public static class StatisticsWorkbook
{
    public static byte[] Write(IReadOnlyList<StatisticsRows.Row> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Line(["figure", "category", "measure", "value", "suppressed", "partial"]));
            foreach (var r in rows)
            {
                var line = Line([r.Figure, r.Category ?? "", r.Measure]);
                line.Append(r.Value is { } v ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(v) } : new Cell());
                line.Append(Text(r.Suppressed ? "true" : "false"), Text(r.Partial ? "true" : "false"));
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
