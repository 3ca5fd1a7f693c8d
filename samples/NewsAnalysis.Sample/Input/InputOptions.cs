using System.Text;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Sample.Input;

/// <summary>How the <c>analyze</c> and <c>render</c> commands read their inputs.</summary>
/// <param name="StandardInputFormat">How standard input is read.</param>
/// <param name="ForcedLanguage">The language forced on every document, or null to detect.</param>
/// <param name="Encoding">The encoding forced on every file, or null (byte order mark, else UTF-8).</param>
/// <param name="Csv">The CSV columns and delimiter.</param>
/// <param name="MaxChars">Documents longer than this (UTF-16 code units) fail as records.</param>
internal sealed record InputOptions(
    InputFormat StandardInputFormat,
    Language? ForcedLanguage = null,
    Encoding? Encoding = null,
    CsvColumns? Csv = null,
    int MaxChars = 10_000_000);

/// <summary>Which CSV columns hold the document fields (matched by header name, case-insensitively).</summary>
/// <param name="Id">The id column (optional in the file: without it, ids are "file:line").</param>
/// <param name="Title">The title column (optional in the file).</param>
/// <param name="Text">The text column (required).</param>
/// <param name="Delimiter">The field delimiter.</param>
internal sealed record CsvColumns(string Id = "id", string Title = "title", string Text = "text", string Delimiter = ",");
