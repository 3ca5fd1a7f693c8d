namespace NewsAnalysis.Sample.Evaluation;

/// <summary>
/// A CoNLL-U file turned into raw documents with gold token and sentence spans: one document per
/// <c># newdoc</c> (else the whole file), its sentences' <c># text</c> joined by one space. Surface tokens are
/// the multiword-token lines where present (e.g. German "zum"), else the word lines.
/// </summary>
/// <remarks>
/// With <c>paragraphs</c>, a sentence that opens a <c># newpar</c> paragraph is set off by a blank line instead of
/// a space, as in the raw text of the CoNLL 2018 shared task (UD's <c>conllu_to_text.pl</c>), from which the
/// published figures of Stanza and UDPipe come. The default, one space everywhere, hides paragraph ends.
/// </remarks>
internal sealed class ConlluCorpus
{
    public required IReadOnlyList<ConlluDocument> Documents { get; init; }

    public static ConlluCorpus Load(string path, bool paragraphs = false)
    {
        var documents = new List<ConlluDocument>();
        var builder = new DocumentBuilder(Path.GetFileNameWithoutExtension(path));
        string? sentenceText = null;
        var surface = new List<string>();
        var lineNumber = 0;
        var skipUntil = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                if (builder.SentenceCount > 0)
                {
                    documents.Add(builder.Build());
                }

                var id = line.IndexOf('=') is var eq and > 0 ? line[(eq + 1)..].Trim() : $"doc{documents.Count + 1}";
                builder = new DocumentBuilder(id);
            }
            else if (paragraphs && line.StartsWith("# newpar", StringComparison.Ordinal))
            {
                builder.StartParagraph();
            }
            else if (line.StartsWith("# text =", StringComparison.Ordinal))
            {
                sentenceText = line["# text =".Length..].Trim();
            }
            else if (line.Length == 0)
            {
                if (surface.Count > 0)
                {
                    builder.AddSentence(sentenceText ?? string.Join(' ', surface), surface, path, lineNumber);
                }

                surface.Clear();
                sentenceText = null;
                skipUntil = 0;
            }
            else if (line[0] != '#')
            {
                var columns = line.Split('\t');
                if (columns.Length < 2)
                {
                    throw new FormatException($"{path}:{lineNumber}: not a CoNLL-U token line");
                }

                var idColumn = columns[0];
                if (idColumn.Contains('.'))
                {
                    continue; // empty node
                }

                var dash = idColumn.IndexOf('-');
                if (dash > 0)
                {
                    surface.Add(columns[1]);
                    skipUntil = int.Parse(idColumn[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                    continue;
                }

                var wordId = int.Parse(idColumn, System.Globalization.CultureInfo.InvariantCulture);
                if (wordId <= skipUntil)
                {
                    continue;
                }

                surface.Add(columns[1]);
            }
        }

        if (surface.Count > 0)
        {
            builder.AddSentence(sentenceText ?? string.Join(' ', surface), surface, path, lineNumber);
        }

        if (builder.SentenceCount > 0)
        {
            documents.Add(builder.Build());
        }

        return new ConlluCorpus { Documents = documents };
    }

    private sealed class DocumentBuilder(string id)
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<(int Start, int End)> _tokens = [];
        private readonly List<(int Start, int End)> _sentences = [];
        private bool _newParagraph;

        public int SentenceCount => _sentences.Count;

        /// <summary>The next sentence opens a paragraph: it is set off by a blank line.</summary>
        public void StartParagraph() => _newParagraph = true;

        public void AddSentence(string sentence, IReadOnlyList<string> surface, string path, int lineNumber)
        {
            if (_text.Length > 0)
            {
                _text.Append(_newParagraph ? "\n\n" : " ");
            }

            _newParagraph = false;

            var offset = _text.Length;
            _text.Append(sentence);
            var at = 0;
            var first = -1;
            var last = -1;
            foreach (var form in surface)
            {
                var found = sentence.IndexOf(form, at, StringComparison.Ordinal);
                if (found < 0)
                {
                    // A form the text spells differently (rare): skip it rather than invent an offset.
                    Console.Error.WriteLine($"{path}:{lineNumber}: token '{form}' not found in the sentence text; skipped");
                    continue;
                }

                _tokens.Add((offset + found, offset + found + form.Length));
                first = first < 0 ? offset + found : first;
                last = offset + found + form.Length;
                at = found + form.Length;
            }

            if (first >= 0)
            {
                _sentences.Add((first, last));
            }
        }

        public ConlluDocument Build() => new(id, _text.ToString(), [.. _tokens], [.. _sentences]);
    }
}

/// <summary>One raw document with its gold spans.</summary>
internal sealed record ConlluDocument(string Id, string Text, IReadOnlyList<(int Start, int End)> Tokens, IReadOnlyList<(int Start, int End)> Sentences);
