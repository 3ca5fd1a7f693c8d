using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace NewsAnalysis.Sample.Input;

/// <summary>
/// Reads documents from a CSV file with a header row (CsvHelper): quoted fields may span lines and contain
/// the delimiter. A row that is malformed (stray quote, too few fields, invalid bytes, empty text) fails on
/// its own with the line it starts on; the rest of the file is still read.
/// </summary>
internal static class CsvInput
{
    public static IEnumerable<InputDocument> Read(TextReader reader, string name, InputOptions options, Action? afterRecord = null)
    {
        var columns = options.Csv ?? new CsvColumns();
        string? badData = null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = columns.Delimiter,
            HasHeaderRecord = true,
            DetectDelimiter = false,
            // Collect the problem and fail the row ourselves instead of aborting the whole file.
            BadDataFound = args => badData ??= $"malformed CSV near «{Shorten(args.Field)}»",
            MissingFieldFound = null,
        };
        using var csv = new CsvReader(reader, configuration);
        string[]? header = null;
        string? headerError = null;
        try
        {
            if (csv.Read() && csv.ReadHeader())
            {
                header = csv.HeaderRecord;
            }
        }
        catch (CsvHelperException ex)
        {
            headerError = $"cannot read the CSV header: {ex.Message.Split('\n')[0]}";
        }

        if (header is null)
        {
            yield return InputDocument.Failed(name, headerError ?? "the CSV file is empty (a header row is required)");
            yield break;
        }

        var textColumn = IndexOf(header, columns.Text);
        if (textColumn < 0)
        {
            yield return InputDocument.Failed(name, $"the CSV header has no column '{columns.Text}' (header: {string.Join(columns.Delimiter, header)}; see --text-column)");
            yield break;
        }

        var idColumn = IndexOf(header, columns.Id);
        var titleColumn = IndexOf(header, columns.Title);
        var needed = Math.Max(textColumn, Math.Max(idColumn, titleColumn)) + 1;
        var lastLine = csv.Parser.RawRow;
        while (true)
        {
            badData = null;
            bool more;
            string? readError = null;
            try
            {
                more = csv.Read();
            }
            catch (CsvHelperException ex)
            {
                more = true;
                readError = $"malformed CSV: {ex.Message.Split('\n')[0]}";
            }

            if (!more)
            {
                yield break;
            }

            var startLine = lastLine + 1;
            var origin = $"{name}:{startLine}";
            if (csv.Parser.RawRow <= lastLine && readError is not null)
            {
                // The parser could not move on: stop rather than report the same row forever.
                yield return InputDocument.Failed(origin, readError + "; the rest of the file is skipped");
                yield break;
            }

            lastLine = csv.Parser.RawRow;
            afterRecord?.Invoke();

            // Fields are parsed when first read, which is when BadDataFound reports a stray quote.
            var fields = readError is null ? csv.Parser.Record ?? [] : [];
            var error = readError ?? badData;
            if (error is null && fields.Length < needed)
            {
                error = $"the row has {fields.Length} field(s); the header has {header.Length}";
            }

            if (error is not null)
            {
                yield return InputDocument.Failed(origin, error);
                continue;
            }

            var text = fields[textColumn];
            var id = idColumn >= 0 && !string.IsNullOrWhiteSpace(fields[idColumn])
                ? fields[idColumn]
                : $"{Path.GetFileNameWithoutExtension(name)}:{startLine}";
            var title = titleColumn >= 0 && fields[titleColumn].Length > 0 ? fields[titleColumn] : null;
            yield return InputReader.Checked(origin, id, text, title, options.ForcedLanguage, options);
        }
    }

    private static int IndexOf(string[] header, string column) =>
        Array.FindIndex(header, h => string.Equals(h.Trim(), column, StringComparison.OrdinalIgnoreCase));

    private static string Shorten(string field) => field.Length <= 40 ? field : field[..40] + "…";
}
