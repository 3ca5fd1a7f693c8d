using NewsAnalysis.Entities;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// Sentences turned into what the trainer iterates over: every token's hashed feature ids (computed once by
/// the library's <see cref="NerFeatures"/>, exactly as at run time) and its gold label.
/// </summary>
internal sealed class NerTrainingSet
{
    internal NerTrainingSet(int[] features, byte[] counts, byte[] labels, int[] sentenceStarts)
    {
        Features = features;
        Counts = counts;
        Labels = labels;
        SentenceStarts = sentenceStarts;
    }

    /// <summary>Token t's ids are <c>Features[t * Stride .. t * Stride + Counts[t]]</c>.</summary>
    public int[] Features { get; }

    public byte[] Counts { get; }

    public byte[] Labels { get; }

    /// <summary>First token of each sentence, plus the total token count at the end.</summary>
    public int[] SentenceStarts { get; }

    public int SentenceCount => SentenceStarts.Length - 1;

    public int TokenCount => Labels.Length;

    public static NerTrainingSet Build(IReadOnlyList<NerSentence> sentences, NerFeatures features)
    {
        // Sentences longer than the tagger's window are cut exactly as the tagger cuts them.
        var pieces = new List<(NerSentence Sentence, int Start, int Length)>();
        foreach (var s in sentences)
        {
            for (var start = 0; start < s.Words.Count; start += NerTagger.MaxWindow)
            {
                pieces.Add((s, start, Math.Min(NerTagger.MaxWindow, s.Words.Count - start)));
            }
        }

        var total = pieces.Sum(p => p.Length);
        var ids = new int[total * NerFeatures.Stride];
        var counts = new byte[total];
        var labels = new byte[total];
        var starts = new int[pieces.Count + 1];
        var position = 0;
        var words = new NerFeatures.WordHashes[NerTagger.MaxWindow];
        for (var p = 0; p < pieces.Count; p++)
        {
            var (sentence, first, length) = pieces[p];
            starts[p] = position;
            var slice = sentence.Words.Skip(first).Take(length).ToArray();
            var (text, tokens) = Join(slice);
            features.Extract(text, tokens, ids.AsSpan(position * NerFeatures.Stride), counts.AsSpan(position), words);
            for (var i = 0; i < length; i++)
            {
                if (!NerLabels.TryParse(sentence.Tags[first + i], out var label))
                {
                    throw new InvalidDataException($"Unknown tag '{sentence.Tags[first + i]}'.");
                }

                labels[position + i] = (byte)label;
            }

            position += length;
        }

        starts[^1] = position;
        return new NerTrainingSet(ids, counts, labels, starts);
    }

    /// <summary>Joins words with single spaces and makes one token per word (as <see cref="EntityRecognizer.Tag"/> does).</summary>
    public static (string Text, Token[] Tokens) Join(IReadOnlyList<string> words)
    {
        var text = string.Join(' ', words);
        var tokens = new Token[words.Count];
        var position = 0;
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = new Token(text, position, position + words[i].Length, TokenKind.Word);
            position += words[i].Length + 1;
        }

        return (text, tokens);
    }
}
