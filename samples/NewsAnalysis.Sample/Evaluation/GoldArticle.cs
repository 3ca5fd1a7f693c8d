using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsAnalysis.Sample.Evaluation;

/// <summary>
/// The gold annotations of one corpus article (<c>corpus/&lt;lang&gt;/NN-slug.json</c>, format in corpus/README.md),
/// with the article text it indexes into.
/// </summary>
internal sealed record GoldArticle
{
    public required string Id { get; init; }

    public required string Language { get; init; }

    public string? Title { get; init; }

    public string? Topic { get; init; }

    public IReadOnlyList<GoldEntity> Entities { get; init; } = [];

    public IReadOnlyList<GoldAmount> Amounts { get; init; } = [];

    public IReadOnlyList<GoldQuote> Quotes { get; init; } = [];

    [JsonIgnore]
    public string Text { get; init; } = string.Empty;

    [JsonIgnore]
    public string TextPath { get; init; } = string.Empty;

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Reads every <c>*.txt</c> with its <c>.json</c> below <paramref name="folder"/>, in path order.</summary>
    public static IReadOnlyList<GoldArticle> LoadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    public static GoldArticle Load(string textPath)
    {
        var jsonPath = Path.ChangeExtension(textPath, ".json");
        if (!File.Exists(jsonPath))
        {
            throw new FileNotFoundException($"{textPath} has no gold annotations beside it ({Path.GetFileName(jsonPath)}).", jsonPath);
        }

        var gold = JsonSerializer.Deserialize<GoldArticle>(File.ReadAllText(jsonPath), Options)
            ?? throw new InvalidDataException($"{jsonPath}: empty gold file");
        return gold with { Text = File.ReadAllText(textPath), TextPath = textPath };
    }

    /// <summary>Every annotation whose text does not match the article at its offsets (empty when the file is consistent).</summary>
    public IEnumerable<string> OffsetErrors()
    {
        IEnumerable<(string What, int Start, int End, string Text)> spans =
            Entities.Select(e => ("entity", e.Start, e.End, e.Text))
                .Concat(Amounts.Select(a => ("amount", a.Start, a.End, a.Text)))
                .Concat(Quotes.Select(q => ("quote", q.Start, q.End, q.Text)))
                .Concat(Quotes.Where(q => q.SpeakerMention is not null).Select(q => ("speakerMention", q.SpeakerMention!.Start, q.SpeakerMention.End, q.SpeakerMention.Text)));
        foreach (var (what, start, end, text) in spans)
        {
            if (start < 0 || end > Text.Length || end < start)
            {
                yield return $"{Id}: {what} [{start},{end}) is outside the text";
            }
            else if (Text[start..end] != text)
            {
                yield return $"{Id}: {what} [{start},{end}) is '{Text[start..end]}', the annotation says '{text}'";
            }
        }
    }
}

internal sealed record GoldEntity(int Start, int End, string Text, string Type);

internal sealed record GoldAmount(int Start, int End, string Text, string Kind, decimal Value, string? Currency, string? Unit, string? Qualifier, decimal? RangeEnd);

internal sealed record GoldQuote(int Start, int End, string Text, string Kind, string? Speaker, GoldSpan? SpeakerMention, string? Cue);

internal sealed record GoldSpan(int Start, int End, string Text);
