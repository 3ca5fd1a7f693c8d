using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Quotes;

/// <summary>
/// Pairs quotation marks in one left-to-right pass over the quote-mark tokens. Marks inside URLs, e-mail
/// addresses and words ("don't", "Mistral’s") never reach it, because the tokenizer keeps them inside those
/// tokens. A quote never crosses a paragraph unless the next paragraph reopens it with the same mark (the
/// press convention for multi-paragraph quotes); marks left open at a paragraph end are dropped, so an
/// unbalanced mark cannot swallow the rest of the article. Every mark is pushed and popped at most once, so
/// the pass is linear in the number of tokens.
/// </summary>
internal static class QuoteScanner
{
    // Deeper nesting than this does not occur in press text; further openers are ignored so that a run of
    // thousands of opening marks costs nothing.
    private const int MaxDepth = 4;

    private readonly record struct Open(int Token, char Mark, char Expects, int Paragraph);

    public static List<QuotePair> Scan(string text, List<Token> tokens, CancellationToken cancellationToken)
    {
        var pairs = new List<QuotePair>();
        var stack = new List<Open>(MaxDepth);
        var paragraph = 0;
        var lastEnd = 0;
        var skipToken = -1; // the reopening mark of a continued multi-paragraph quote
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // A newline between two tokens ends the paragraph (headline, paragraphs, list items).
            if (text.AsSpan(lastEnd, token.Start - lastEnd).Contains('\n'))
            {
                paragraph++;
                skipToken = EndParagraph(text, tokens, i, stack);
            }

            lastEnd = token.End;
            if (token.Kind != TokenKind.QuoteMark || i == skipToken)
            {
                continue;
            }

            var mark = text[token.Start];
            if (token.Length == 2)
            {
                mark = mark == '`' ? '“' : '”'; // `` and '' (TeX and UD style) behave like curly marks
            }

            var prev = token.Start > 0 ? text[token.Start - 1] : '\n';
            var next = token.End < text.Length ? text[token.End] : '\n';
            if (TryClose(stack, mark, prev, next, out var opener))
            {
                pairs.Add(new QuotePair(opener.Token, i, stack.Count));
                continue;
            }

            if (stack.Count < MaxDepth && Opening(mark, prev, next, stack.Count) is { } expects)
            {
                stack.Add(new Open(i, mark, expects, paragraph));
            }
        }

        pairs.Sort((a, b) => tokens[a.OpenToken].Start.CompareTo(tokens[b.OpenToken].Start));
        return pairs;
    }

    /// <summary>
    /// Drops the marks left open at a paragraph end, except an outer quote whose next paragraph starts with
    /// the same opening mark: that quote goes on, and the reopening mark is returned so that it is skipped.
    /// </summary>
    private static int EndParagraph(string text, List<Token> tokens, int firstTokenOfParagraph, List<Open> stack)
    {
        if (stack.Count == 0)
        {
            return -1;
        }

        var outer = stack[0];
        stack.Clear();
        var first = tokens[firstTokenOfParagraph];
        if (first.Kind == TokenKind.QuoteMark && text[first.Start] == outer.Mark && first.Length == 1)
        {
            stack.Add(outer);
            return firstTokenOfParagraph;
        }

        return -1;
    }

    private static bool TryClose(List<Open> stack, char mark, char prev, char next, out Open opener)
    {
        opener = default;
        for (var d = stack.Count - 1; d >= 0; d--)
        {
            var open = stack[d];
            if (!Closes(open, mark, prev, next))
            {
                continue;
            }

            // A closer may match an opener below unclosed inner marks; those inner marks are dropped.
            opener = open;
            stack.RemoveRange(d, stack.Count - d);
            return true;
        }

        return false;
    }

    private static bool Closes(Open open, char mark, char prev, char next)
    {
        switch (mark)
        {
            case '"' or '＂':
                return open.Mark is '"' or '＂' && !char.IsWhiteSpace(prev);
            case '\'':
                // A straight apostrophe closes only a straight single quote, and not inside a word.
                return open.Mark == '\'' && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next);
            case '“':
                // German „…“ closes with “; “…“ (a common slip) closes when the mark sits after a word.
                return open.Expects == '“' || (open.Mark == '“' && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next));
            case '”':
                return open.Expects is '“' or '”';
            case '‘':
                return open.Expects == '‘' || (open.Mark == '‘' && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next));
            case '’':
                return (open.Expects is '‘' or '’') && !char.IsLetterOrDigit(next);
            default:
                return open.Expects == mark;
        }
    }

    /// <summary>The closing mark an opening mark expects, or null when this mark cannot open here.</summary>
    private static char? Opening(char mark, char prev, char next, int depth)
    {
        var afterSpace = char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '—' or '–' or '-' or '/' || IsQuoteChar(prev);
        if (char.IsWhiteSpace(next))
        {
            return null; // an opening mark is followed by the quoted words
        }

        return mark switch
        {
            '„' => '“',
            '‚' => '‘',
            '“' => '”',
            '‘' => depth > 0 || afterSpace ? '’' : null,
            '»' => '«',
            '«' => '»',
            '›' => '‹',
            '‹' => '›',
            '"' or '＂' => afterSpace ? mark : null,
            // Straight single quotes open after a space (British '…', or nested); apostrophes inside words
            // ("don't", "'90s") are part of the word token and never get here.
            '\'' => afterSpace ? '\'' : null,
            _ => null,
        };
    }

    private static bool IsQuoteChar(char c) => c is '"' or '\'' or '„' or '“' or '”' or '‚' or '‘' or '’' or '»' or '«' or '›' or '‹';
}
