using NewsAnalysis.Amounts;

namespace NewsAnalysis.Pipeline;

/// <summary>Fills <see cref="AnalysisDocument.Amounts"/>: money, percentages, quantities and multipliers, per sentence.</summary>
public sealed class AmountStage : IAnalysisStage
{
    private readonly AmountRecognizer _recognizer = new(AmountLexicon.Default);

    /// <inheritdoc />
    public string Name => "amounts";

    /// <inheritdoc />
    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            // Amounts never cross a sentence boundary; the sentence's tokens are a view, not a copy.
            cancellationToken.ThrowIfCancellationRequested();
            var slice = new TokenSlice(tokens, sentence.FirstToken, sentence.TokenCount);
            _recognizer.Recognize(document.Text, slice, document.Language, document.Amounts);
        }
    }

    /// <summary>A read-only window on a token list, so that sentences are scanned without copying.</summary>
    private sealed class TokenSlice(List<Tokenization.Token> tokens, int offset, int count) : IReadOnlyList<Tokenization.Token>
    {
        public Tokenization.Token this[int index] => (uint)index < (uint)count ? tokens[offset + index] : throw new ArgumentOutOfRangeException(nameof(index));

        public int Count => count;

        public IEnumerator<Tokenization.Token> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return tokens[offset + i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
