using System.Text;
using System.Text.Json;

namespace NewsAnalysis.Sample.Evaluation;

/// <summary>
/// One SpkAtt-2023 speech (German Bundestag debates, task 1 format): tokenised sentences and cue/source/message
/// annotations that point at tokens as "sentence:token". The text is rebuilt with ordinary spacing (no space
/// before punctuation or a closing mark, none after an opening mark), and every token keeps its offsets.
/// </summary>
internal sealed class SpkAttSpeech
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    /// <summary>Character span of every token, by (sentence, token).</summary>
    public required Dictionary<(int Sentence, int Token), (int Start, int End)> Spans { get; init; }

    public required IReadOnlyList<SpkAttAnnotation> Annotations { get; init; }

    public static IEnumerable<SpkAttSpeech> LoadFolders(IEnumerable<string> folders) =>
        folders.SelectMany(f => Directory.EnumerateFiles(f, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)).Select(Load);

    public static SpkAttSpeech Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var text = new StringBuilder();
        var spans = new Dictionary<(int, int), (int, int)>();
        var straightOpen = false;
        foreach (var sentence in json.RootElement.GetProperty("Sentences").EnumerateArray())
        {
            var id = sentence.GetProperty("SentenceId").GetInt32();
            var glueNext = false;
            var t = 0;
            foreach (var tokenElement in sentence.GetProperty("Tokens").EnumerateArray())
            {
                var token = tokenElement.GetString() ?? string.Empty;
                var opening = token is "„" or "»" or "(" || (token == "\"" && !straightOpen) || (token == "“" && !straightOpen && text.Length > 0 && !IsGermanOpenPending(text));
                var closing = token is "“" or "”" or "«" or ")" or "." or "," or ":" or ";" or "!" or "?" || (token == "\"" && straightOpen);
                if (token == "\"")
                {
                    straightOpen = !straightOpen;
                }

                if (text.Length > 0 && !glueNext && !closing)
                {
                    text.Append(' ');
                }

                spans[(id, t++)] = (text.Length, text.Length + token.Length);
                text.Append(token);
                glueNext = opening;
            }

            text.Append('\n');
        }

        var annotations = new List<SpkAttAnnotation>();
        foreach (var a in json.RootElement.GetProperty("Annotations").EnumerateArray())
        {
            annotations.Add(new SpkAttAnnotation(Refs(a, "Cue"), Refs(a, "Source"), Refs(a, "Message")));
        }

        return new SpkAttSpeech { Id = Path.GetFileNameWithoutExtension(path), Text = text.ToString(), Spans = spans, Annotations = annotations };
    }

    // A German „ waits for its “; while one is open, “ closes rather than opens.
    private static bool IsGermanOpenPending(StringBuilder text)
    {
        for (var i = text.Length - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] == '„')
            {
                return true;
            }

            if (text[i] is '“' or '”')
            {
                return false;
            }
        }

        return false;
    }

    private static List<(int, int)> Refs(JsonElement annotation, string name) =>
        annotation.TryGetProperty(name, out var list)
            ? list.EnumerateArray().Select(r => r.GetString()!.Split(':')).Select(p => (int.Parse(p[0]), int.Parse(p[1]))).ToList()
            : [];

    /// <summary>The text of some annotated tokens, joined with spaces.</summary>
    public string Words(IEnumerable<(int, int)> refs) => string.Join(' ', refs.Where(Spans.ContainsKey).Select(r => Text[Spans[r].Start..Spans[r].End]));
}

internal sealed record SpkAttAnnotation(List<(int Sentence, int Token)> Cue, List<(int Sentence, int Token)> Source, List<(int Sentence, int Token)> Message);
