using NewsAnalysis.Entities;
using NewsAnalysis.Languages;
using NewsAnalysis.Pipeline;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Quotes;

/// <summary>
/// Turns paired quotation marks into <see cref="Quote"/> records: decides direct, partial or scare, and finds
/// the speaker from the cue around the quote. Works on one document at a time and keeps its per-document state
/// in locals and a <see cref="Context"/>, so one instance serves all threads.
/// </summary>
/// <remarks>
/// The patterns, in the order they are tried for a quote that stands on its own (a sentence or paragraph
/// start, or after a colon):
/// 1. an inverted cue right after the quote: „…“, sagte X / so X / heißt es in einer Mitteilung von X; "…," said X;
/// 2. a cue that introduces the quote with a colon: X sagte: „…“ / Gegenüber Fortune stellte er klar: „…“;
/// 3. a speaker and a cue verb after the quote: "…," X said / she added / the company said;
/// 4. no cue: the quote goes on the words of the previous quote's speaker (continuation).
/// A quote inside the author's sentence is partial when a cue in that sentence names a speaker (laut X,
/// X zufolge, X sprach von „…“, X fügte hinzu, dass „…“), otherwise scare. A quote inside another quote is scare.
/// </remarks>
internal sealed class QuoteAttributor
{
    private const int MaxRegion = 40;
    private const int MaxPronounDistance = 300;

    // "das Unternehmen" may refer to a company named once at the top of the article.
    private const int MaxOrgDistance = 3000;

    private readonly QuoteLexicon _lexicon;

    public QuoteAttributor(QuoteLexicon lexicon) => _lexicon = lexicon;

    /// <summary>Adds the document's quotations to <see cref="AnalysisDocument.Quotes"/>.</summary>
    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        var pairs = QuoteScanner.Scan(document.Text, document.Tokens, cancellationToken);
        if (pairs.Count == 0)
        {
            return;
        }

        var context = new Context(document, _lexicon, pairs);
        Attribution? previous = null;
        Attribution? partial = null;
        var n = 0;
        foreach (var pair in pairs)
        {
            if ((++n & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var quote = context.Build(pair, previous, partial, out var attribution);
            if (quote is null)
            {
                continue;
            }

            document.Quotes.Add(quote);
            if (pair.Depth == 0 && quote.Kind == QuoteKind.Direct && attribution is not null)
            {
                previous = attribution;
            }

            // Only a quote of the author's text (depth 0) replaces it: one nested inside a partial quote does not.
            if (pair.Depth == 0)
            {
                partial = quote.Kind == QuoteKind.Partial ? attribution : null;
            }
        }
    }

    /// <summary>Who said a quote, through which mention and cue; kept to attribute continuation quotes.</summary>
    private sealed record Attribution(string Speaker, QuoteSpan? Mention, Entity? Entity, int CloseToken, int Paragraph);

    /// <summary>A possible speaker in the text: a name, a pronoun or an organisation noun.</summary>
    /// <remarks><paramref name="Gender"/> is set for a description that refers back like a pronoun ("die Lehrerin").</remarks>
    private readonly record struct Candidate(int First, int Last, string? Name, Entity? Entity, bool IsPerson, bool IsPronoun, char Gender = '\0');

    private readonly record struct Cue(CueKind Kind, int First, int Last);

    private sealed class Context
    {
        private readonly string _text;
        private readonly List<Token> _tokens;
        private readonly QuoteLexicon _lexicon;
        private readonly Language _language;
        private readonly bool[] _insideQuote;
        private readonly byte[] _markRole; // 1 = opening mark of an outer quote, 2 = closing mark
        private readonly int[] _paragraphOf;
        private readonly int[] _sentenceOf;
        private readonly SpeakerIndex _index;
        private readonly string?[] _lower;
        private int _partialClose = -1; // closing mark of the last quote of the author's text when it was partial, else -1

        public Context(AnalysisDocument document, QuoteLexicon lexicon, List<QuotePair> pairs)
        {
            _text = document.Text;
            _tokens = document.Tokens;
            _lexicon = lexicon;
            _language = document.Language;
            var count = _tokens.Count;
            _insideQuote = new bool[count];
            _lower = new string?[count];
            _markRole = new byte[count];
            foreach (var p in pairs)
            {
                if (p.Depth != 0)
                {
                    continue;
                }

                _markRole[p.OpenToken] = 1;
                _markRole[p.CloseToken] = 2;
                for (var t = p.OpenToken; t <= p.CloseToken; t++)
                {
                    _insideQuote[t] = true;
                }
            }

            _paragraphOf = new int[count];
            var paragraph = 0;
            for (var i = 0; i < count; i++)
            {
                if (i > 0 && _text.AsSpan(_tokens[i - 1].End, _tokens[i].Start - _tokens[i - 1].End).Contains('\n'))
                {
                    paragraph++;
                }

                _paragraphOf[i] = paragraph;
            }

            _sentenceOf = new int[count];
            var s = 0;
            foreach (var sentence in document.Sentences)
            {
                for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount && t < count; t++)
                {
                    _sentenceOf[t] = s;
                }

                s++;
            }

            _index = new SpeakerIndex(document, lexicon, _insideQuote);
        }

        // partial: the attributed partial quote right before this one. Its speaker goes on talking when this quote
        // follows in the same sentence ("räumte ein, man habe „…“, die Technik sei sicher: „…“").
        public Quote? Build(QuotePair pair, Attribution? previous, Attribution? partial, out Attribution? attribution)
        {
            attribution = null;
            var open = _tokens[pair.OpenToken];
            var close = _tokens[pair.CloseToken];
            if (close.Start <= open.End || _text.AsSpan(open.End, close.Start - open.End).IsWhiteSpace())
            {
                return null; // "" and „ “ quote nothing
            }

            var inner = _text[open.End..close.Start];
            if (pair.Depth > 0)
            {
                return new Quote(inner, QuoteKind.Scare, null, open.End, close.Start, open.Start, close.End);
            }

            var standalone = StandsAlone(pair.OpenToken);
            var unnamedSpeaker = false;
            Candidate? speaker = null;
            Cue? cue = null;
            if (standalone)
            {
                FindStandaloneAttribution(pair, ref speaker, ref cue);
            }
            else
            {
                unnamedSpeaker = FindEmbeddedAttribution(pair, ref speaker, ref cue);
            }

            string? name = null;
            Entity? entity = null;
            QuoteSpan? mention = null;
            if (speaker is { } c && Resolve(c, out name, out entity))
            {
                mention = new QuoteSpan(_text[_tokens[c.First].Start.._tokens[c.Last].End], _tokens[c.First].Start, _tokens[c.Last].End);
            }

            QuoteSpan? cueSpan = cue is { } k ? CueSpan(k) : null;
            QuoteKind kind;
            if (standalone)
            {
                var source = partial is not null && _sentenceOf[partial.CloseToken] == _sentenceOf[pair.OpenToken] ? partial
                    : Continues(pair, previous) ? previous : null;
                if (name is null && cue is null && FramingSpeakerBefore(pair.OpenToken) is { } reporter && Resolve(reporter, out name, out entity))
                {
                    // "…, sagte Specht der „Ostsee-Zeitung“. „Wer 2.000 …“", "…, he said. “We argued …”": a quote without a
                    // cue of its own that follows a reported sentence goes on with that sentence's speaker, who was
                    // the last one cited (before an earlier quote's speaker in the paragraph).
                    mention = new QuoteSpan(_text[_tokens[reporter.First].Start.._tokens[reporter.Last].End], _tokens[reporter.First].Start, _tokens[reporter.Last].End);
                }
                else if (name is null && cue is null && source is not null)
                {
                    name = source.Speaker;
                    entity = source.Entity;
                    mention = source.Mention;
                }

                kind = cue is not null || name is not null || (WordCount(inner) >= 3 && !FollowedByAuthorWords(pair.CloseToken))
                    ? QuoteKind.Direct
                    : QuoteKind.Scare;

                // "Reserves stood at £14.2m, he said, “enough to run the council for about 19 days”.": after a cue and a
                // comma, words that do not end a sentence of their own finish the author's sentence; a fragment of the
                // speaker's, partial. A quote that resumes the speaker's split sentence ends with its own full stop.
                if (kind == QuoteKind.Direct && pair.OpenToken > 0 && IsPunct(pair.OpenToken - 1, ',') && !EndsSentence(inner)
                    && !(name is not null && ResumesQuote(pair, previous, name)))
                {
                    kind = QuoteKind.Partial;
                }
            }
            else if (name is not null && !IsTermInPhrase(pair, inner, cue))
            {
                // X told Reuters "We will win." — a whole sentence after the cue is the speaker's own words.
                var words = inner.Trim();
                kind = (char.IsUpper(words[0]) && words[^1] is '.' or '!' or '?' && WordCount(inner) >= 3) || ResumesQuote(pair, previous, name)
                    ? QuoteKind.Direct
                    : QuoteKind.Partial;
            }
            else if (name is null && previous is not null && ResumesQuote(pair, previous, previous.Speaker))
            {
                // "„…“, sagte Mitinitiatorin Lea Bauer, „und am Montag …“": the cue between the halves of a split quote
                // gave the first half its speaker even where this half's own reading of the cue finds no name (an
                // unlisted role noun before it); the second half is the same speaker's words.
                name = previous.Speaker;
                entity = previous.Entity;
                mention = previous.Mention;
                kind = QuoteKind.Direct;
            }
            else if (name is null && cue is null && !IsTermInPhrase(pair, inner, cue) && SharesCue(pair, partial))
            {
                // "said it would "review the findings" and that operators must use "approved methods"": the second
                // fragment is the same speaker's, under the same cue.
                name = partial!.Speaker;
                entity = partial.Entity;
                mention = partial.Mention;
                kind = QuoteKind.Partial;
            }
            else if (name is null && cue is null && !unnamedSpeaker && _language == Language.German && !IsTermInPhrase(pair, inner, cue)
                && !IsOneNoun(inner) && Lower(pair.OpenToken - 1) != "als" && !HasTermMarker(BeforeRegion(pair.OpenToken).Start, pair.OpenToken)
                && InSubjunctiveClause(pair))
            {
                // "…, sagte Adler. Europa habe den Anschluss verpasst und dürfe „nicht denselben Fehler machen“": a
                // Konjunktiv clause reports the speech of the speaker cited just before (or of no one we can name).
                // A single quoted noun ("im „Jahrhundertsommer“ 2018"), a quote after "als" or one a naming word
                // announces ("Das Stichwort lautet „…“") names a term even there.
                kind = QuoteKind.Partial;
                if (partial is not null && _sentenceOf[partial.CloseToken] == _sentenceOf[pair.OpenToken] && partial.CloseToken < pair.OpenToken)
                {
                    name = partial.Speaker;
                    entity = partial.Entity;
                    mention = partial.Mention;
                }
                else if (ReportingSpeakerBefore(pair.OpenToken) is { } reporter && Resolve(reporter, out name, out entity))
                {
                    mention = new QuoteSpan(_text[_tokens[reporter.First].Start.._tokens[reporter.Last].End], _tokens[reporter.First].Start, _tokens[reporter.Last].End);
                }
            }
            else
            {
                // "Ein Sprecher sagte, das Gericht sei „in allen Punkten“ gefolgt": someone's words, name unknown; and
                // "had been asked to “do more with less” … and had to “make hard choices”": the verb phrase of such
                // words goes on.
                var goesOnPartial = name is null && cue is null && _partialClose >= 0 && _sentenceOf[_partialClose] == _sentenceOf[pair.OpenToken]
                    && pair.OpenToken - _partialClose <= 30 && ContinuesVerbPhrase(_partialClose + 1, pair.OpenToken);
                kind = (unnamedSpeaker || goesOnPartial) && !IsTermInPhrase(pair, inner, cue) ? QuoteKind.Partial : QuoteKind.Scare;
            }

            if (pair.Depth == 0)
            {
                _partialClose = kind == QuoteKind.Partial ? pair.CloseToken : -1;
            }

            if (kind == QuoteKind.Scare)
            {
                return new Quote(inner, kind, null, open.End, close.Start, open.Start, close.End);
            }

            if (name is not null)
            {
                attribution = new Attribution(name, mention, entity, pair.CloseToken, _paragraphOf[pair.CloseToken]);
            }

            return new Quote(inner, kind, name, open.End, close.Start, open.Start, close.End, name is null ? null : mention, cueSpan, name is null ? null : entity);
        }

        private void FindStandaloneAttribution(QuotePair pair, ref Candidate? speaker, ref Cue? cue)
        {
            var (afterStart, afterEnd) = AfterRegion(pair.CloseToken);
            var a = afterStart;
            if (a < afterEnd && (IsPunct(a, ',') || IsPunct(a, '–') || IsPunct(a, '—') || IsPunct(a, '-')))
            {
                a++; // „…“, sagte X / „…“ – so X
            }

            // 1. „…“, sagte X / so X / heißt es … von X; "…," said X; "…", according to X.
            if (a < afterEnd && TryCue(a, afterEnd, out var inverted) && inverted.Kind is not CueKind.Zufolge && !OpensNextSentence(pair, a, inverted))
            {
                // A separable verb puts the speaker between verb and particle ("räumte Mensch ein", "wies der Trainer
                // zurück"); after the particle there is then nothing of theirs.
                var c = inverted.Kind == CueKind.Impersonal ? ImpersonalSource(inverted.Last + 1, afterEnd)
                    : (inverted.Last > inverted.First + 1 ? CandidateAfter(inverted.First + 1, inverted.Last, true) : null)
                        ?? CandidateAfter(inverted.Last + 1, afterEnd, true);
                if (c is not null || inverted.Kind != CueKind.Laut)
                {
                    speaker = c;
                    cue = inverted;
                    return;
                }
            }

            // 2. X sagte: „…“ — the colon (or "said," before the quote) introduces it.
            var (beforeStart, beforeEnd) = BeforeRegion(pair.OpenToken);

            // "Hauke Berg sagte dem „Inselboten“: „…“", "told the “Today” programme: “…”": a quoted title in the
            // introducing clause does not end it; the cue before the title introduces the quote after the colon.
            for (var hops = 0; hops < 2 && beforeEnd > beforeStart && IsPunct(beforeEnd - 1, ':') && LastCue(beforeStart, beforeEnd - 1) is null
                && EarlierQuoteInSentence(beforeStart) is var earlier and >= 0; hops++)
            {
                beforeStart = BeforeRegion(earlier).Start;
            }

            if (beforeEnd > beforeStart && (IsPunct(beforeEnd - 1, ':') || IsPunct(beforeEnd - 1, ',')))
            {
                if (LastCue(beforeStart, beforeEnd - 1) is { } intro && (IsPunct(beforeEnd - 1, ':') || intro.Last == beforeEnd - 2))
                {
                    speaker = SpeakerOf(intro, beforeStart, beforeEnd - 1) ?? SubjectOfClauseBeforeQuote(beforeStart, intro.First);
                    cue = intro;
                    return;
                }

                // "Vereinspräsident Jürgen Maas zeigte sich zufrieden: »…«": a colon after a clause whose subject is a
                // person introduces that person's words even without a speech verb.
                if (IsPunct(beforeEnd - 1, ':') && FirstSubject(beforeStart, beforeEnd - 1) is { } subject)
                {
                    speaker = subject;
                    return;
                }
            }

            // 3. "…," X said. / „…“ Mensch sagte. — not when the words after the quote introduce the next one, nor
            // when a full stop ends the quote: the sentence after it is the author's next one („… nicht.“ Das
            // Unternehmen wies den Vorwurf zurück), which answers the quote rather than attributing it.
            if (afterEnd > a && !IsPunct(afterEnd - 1, ':') && !IsPunct(pair.CloseToken - 1, '.'))
            {
                for (var i = a; i < afterEnd && i < a + 10; i++)
                {
                    if (CandidateAt(i, afterEnd, i == a) is not { } c)
                    {
                        if (IsPunct(i, ';'))
                        {
                            break;
                        }

                        continue;
                    }

                    // "…," Dalton's spokesman said: the possessor names whose spokesman it is, not who speaks.
                    if (_index.At(c.First) is { } possessor && possessor.LastToken == c.Last && IsPossessor(possessor))
                    {
                        break;
                    }

                    // "…," the Rovers head coach, Tom Ashby, told …: a team or firm before a role qualifies it; the holder
                    // named in apposition after the role speaks.
                    if (!c.IsPerson && !c.IsPronoun && ((c.Last + 1 < afterEnd && IsRole(c.Last + 1)) || (c.Last + 2 < afterEnd && IsRole(c.Last + 2)))
                        && HolderInApposition(c.Last + 1, afterEnd) is { } holder)
                    {
                        c = holder;
                    }

                    var verbFrom = c.Last + 1;
                    var limit = _language == Language.English ? afterEnd : Math.Min(afterEnd, verbFrom + 1);
                    for (var v = verbFrom; v < limit; v++)
                    {
                        if (TryCue(v, afterEnd, out var late) && late.Kind == CueKind.Verb)
                        {
                            speaker = c;
                            cue = late;
                            return;
                        }
                    }

                    break;
                }
            }

            // 4. „…“ after "…, sagte Bauer." in the same paragraph: the sentence before reports the same speaker's
            // words with an inverted cue and ends with the speaker's name, so the quote goes on in their voice.
            if (ReportedSpeakerBefore(pair.OpenToken) is { } reported)
            {
                speaker = reported;
            }
        }

        /// <summary>
        /// »… überlassen hat.« Gemeint ist die Firma X: a capitalised verb right after a quote that ends its own sentence,
        /// with no comma or dash between, opens the author's next sentence ("Gemeint ist", "Gesagt, getan"); an inverted
        /// cue follows the closing mark with a comma („…“, sagte X) or in lower case after "?" or "!" („…?“ fragte X).
        /// </summary>
        private bool OpensNextSentence(QuotePair pair, int a, Cue inverted) =>
            inverted.Kind == CueKind.Verb && a == pair.CloseToken + 1 && char.IsUpper(_text[_tokens[a].Start])
            && pair.CloseToken - 1 > pair.OpenToken && IsSentenceEnd(pair.CloseToken - 1);

        /// <summary>
        /// The speaker of the sentence right before token <paramref name="open"/> when it ends ", cue Name." in the
        /// same paragraph ("…, sagte Bauer."); null otherwise.
        /// </summary>
        private Candidate? ReportedSpeakerBefore(int open)
        {
            var period = open - 1;
            if (period < 1 || !IsPunct(period, '.') || _paragraphOf[period] != _paragraphOf[open] || _insideQuote[period])
            {
                return null;
            }

            var start = period;
            while (start > 0 && period - start < MaxRegion && _paragraphOf[start - 1] == _paragraphOf[period] && _markRole[start - 1] != 2 && !IsSentenceEnd(start - 1))
            {
                start--;
            }

            if (LastCue(start, period) is not { Kind: CueKind.Verb } cue || cue.First == start || !IsPunct(cue.First - 1, ','))
            {
                return null;
            }

            // "“…,” Fairlie, 19, told BBC Sportsound. “…”": with its subject named before the verb the cue is not inverted,
            // and the name after it is whom the words were told to (a broadcaster, a paper); the quote goes on with
            // the previous quote's speaker instead.
            // Only after a quote's closing mark, where the words before the verb are the attribution itself, not a
            // reported clause of their own („Das Werk sei sicher, sagte Bauer.").
            if (start > 0 && SubjectAfterQuoteBefore(start - 1, cue.First))
            {
                return null;
            }

            return CandidateAfter(cue.Last + 1, period, false) is { } c && c.Last == period - 1 && (c.IsPerson || c.Name is not null) ? c : null;
        }

        /// <returns>True when the cue's subject is an unnamed single speaker ("Ein Sprecher sagte", "a spokeswoman said").</returns>
        private bool FindEmbeddedAttribution(QuotePair pair, ref Candidate? speaker, ref Cue? cue)
        {
            var (beforeStart, beforeEnd) = BeforeRegion(pair.OpenToken);

            // "called the studio’s promise of a “crunch-free” culture “one of the few things …”": a quoted term in the
            // object does not end the clause; the cue before it governs this quote too.
            for (var hops = 0; hops < 2 && LastCue(beforeStart, beforeEnd) is null && EarlierQuoteInSentence(beforeStart) is var earlier and >= 0; hops++)
            {
                beforeStart = BeforeRegion(earlier).Start;
            }

            if (LastCue(beforeStart, beforeEnd) is { } before && before.Kind is CueKind.Verb or CueKind.Laut or CueKind.Zufolge
                && !NamesInParticiple(before, pair.OpenToken))
            {
                // A single quoted noun ("mit ihrer »Verkehrswende«") names a term even there.
                speaker = SpeakerOf(before, beforeStart, beforeEnd)
                    ?? (IsOneNoun(_text[_tokens[pair.OpenToken].End.._tokens[pair.CloseToken].Start]) ? null : CoordinatedSubject(before.First));
                cue = before;
                if (speaker is not null)
                {
                    return false;
                }

                // "a spokeswoman", "ein Sprecher", "a retired nurse" (one adjective between), "her neighbour".
                for (var i = beforeStart; i + 1 < before.First; i++)
                {
                    if (Lower(i) is "ein" or "eine" or "a" or "an" && (IsRole(i + 1) || i + 2 < before.First && IsRole(i + 2))
                        || Lower(i) is "her" or "his" && IsRole(i + 1))
                    {
                        return true;
                    }
                }

                // "he warned that the independents had promised “…”": the cue next to the quote has a subject we
                // cannot name, but it stands in a clause that a named speaker reports; the quoted words are theirs.
                if (OuterReporter(beforeStart, before, pair.OpenToken) is { } outer)
                {
                    speaker = outer.Speaker;
                    cue = outer.Cue;
                    return false;
                }

                // "Unison, which represents …, said the figures hid “…”": a clause reported by an English speech verb is
                // someone's words even when the subject is no name we know. Not when a naming word stands between
                // ("said … what members call “…”", "under the heading “…”") or "as" right before ("count as “…”"):
                // those quote a term. (German reported clauses are found by their Konjunktiv instead.)
                if (_language == Language.English && before.Kind == CueKind.Verb
                    && (before.Last < pair.OpenToken - 1 || WordCount(_text[_tokens[pair.OpenToken].End.._tokens[pair.CloseToken].Start]) >= 3)
                    && !AfterAs(pair) && (!HasTermMarker(before.First, pair.OpenToken) || QuotesJudgement(before, pair)))
                {
                    return true;
                }
            }

            // "…" gewesen, erklärte Corvane. / is "…", according to a Treasury briefing note.
            // Not after a quote that ends its sentence ("…, heißt es bei der Firma, »das ist ein Kraftakt.« Betriebsrätin X
            // lobte die Einigung, nannte sie aber …"): the words after it are the author's next sentence, whose cue is
            // another speaker's.
            var (afterStart, afterEnd) = AfterRegion(pair.CloseToken);
            if (pair.CloseToken - 1 > pair.OpenToken && IsSentenceEnd(pair.CloseToken - 1) && afterStart < afterEnd
                && _tokens[afterStart].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[afterStart].Start]))
            {
                afterEnd = afterStart;
            }

            for (var i = afterStart; i < afterEnd; i++)
            {
                if ((i == afterStart || IsPunct(i - 1, ',')) && TryCue(i, afterEnd, out var after) && after.Kind is CueKind.Verb or CueKind.Laut or CueKind.So)
                {
                    if (CandidateAfter(after.Last + 1, afterEnd, true) is { } c)
                    {
                        speaker = c;
                        cue = after;
                    }
                    else if (i == afterStart && after.Kind == CueKind.Verb && VerbFinalSubject(beforeStart, pair.OpenToken, after, afterEnd) is { } subject)
                    {
                        speaker = subject;
                        cue = after;
                    }

                    return false;
                }

                // "The new regime was “a line in the sand”, he said.": an English subject and its speech verb after the
                // comma attribute the clause the quote stands in.
                if (_language == Language.English && i > afterStart && IsPunct(i - 1, ',') && CandidateAt(i, afterEnd, false) is { } named
                    && (named.IsPronoun || named.Name is not null) && named.Last + 1 < afterEnd && TryCue(named.Last + 1, afterEnd, out var late) && late.Kind == CueKind.Verb)
                {
                    speaker = named;
                    cue = late;
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// "obwohl Wächter die Höhe des Bußgelds »nicht nachvollziehbar« nennt.": a German speech verb right after the quote
        /// that ends its clause is the verb of a subordinate clause, whose subject stands after the clause's opening comma
        /// (or the sentence start) before the quote. Null when the verb does not end the clause or no name or pronoun
        /// outside a prepositional phrase is found there.
        /// </summary>
        private Candidate? VerbFinalSubject(int beforeStart, int open, Cue verb, int afterEnd)
        {
            if (_language != Language.German || (verb.Last + 1 < afterEnd && !(_tokens[verb.Last + 1].Kind == TokenKind.Punctuation && _text[_tokens[verb.Last + 1].Start] is ',' or ';')))
            {
                return null;
            }

            var clauseStart = open - 1;
            while (clauseStart > beforeStart && !IsPunct(clauseStart - 1, ','))
            {
                clauseStart--;
            }

            for (var i = clauseStart; i < open; i++)
            {
                if (CandidateAt(i, open, false) is { } c)
                {
                    if ((c.IsPronoun || c.Name is not null) && !AfterPreposition(c.First, clauseStart))
                    {
                        return c;
                    }

                    i = c.Last;
                }
            }

            return null;
        }

        /// <summary>
        /// "count as “…”", "contracts describing them as self-employed “owner-drivers”": "as" right before the quote, or
        /// before a modifier or two of a quoted term of one or two words, classes the thing under a term; the modifier
        /// outside the quote shows that only the noun is quoted, not a judgement in someone's words.
        /// </summary>
        private bool AfterAs(QuotePair pair)
        {
            var p = pair.OpenToken - 1;
            if (Lower(p) == "as")
            {
                return true;
            }

            if (WordCount(_text[_tokens[pair.OpenToken].End.._tokens[pair.CloseToken].Start]) > 2)
            {
                return false;
            }

            // Lower-case content words, hyphens inside them ("self-employed") included; an article opens a judgement
            // ("described it as a “…”") and ends the search.
            var words = 0;
            while (p > 0 && pair.OpenToken - p <= 5 && !_insideQuote[p] && Lower(p) != "as"
                   && ((_tokens[p].Kind == TokenKind.Word && char.IsLower(_text[_tokens[p].Start]) && !_lexicon.IsFunctionWord(Lower(p)))
                       || (IsPunct(p, '-') && _tokens[p].Start == _tokens[p - 1].End)))
            {
                words += _tokens[p].Kind == TokenKind.Word ? 1 : 0;
                p--;
            }

            return words is >= 1 and <= 3 && p < pair.OpenToken - 1 && Lower(p) == "as";
        }

        /// <summary>
        /// The opening mark of the quote whose closing mark stands right before token <paramref name="start"/> in the
        /// same sentence and paragraph (the author's sentence goes on after it); -1 when there is none.
        /// </summary>
        private int EarlierQuoteInSentence(int start)
        {
            var close = start - 1;
            if (close < 1 || _markRole[close] != 2 || start >= _tokens.Count || _paragraphOf[close] != _paragraphOf[start]
                || _sentenceOf[close] != _sentenceOf[start] || IsSentenceEnd(close - 1))
            {
                return -1;
            }

            for (var open = close - 1; open >= 0 && _paragraphOf[open] == _paragraphOf[close]; open--)
            {
                if (_markRole[open] == 1)
                {
                    return open;
                }
            }

            return -1;
        }

        /// <summary>
        /// "The RMT union called the plan “a merger paid for by seafarers”": a naming verb, its object, then a quote of
        /// three words or more that opens with the indefinite article quotes a whole judgement of the object, as
        /// "called the plan a “…”" does with the article outside; a term is quoted without its article.
        /// </summary>
        private bool QuotesJudgement(Cue cue, QuotePair pair)
        {
            var inner = _text[_tokens[pair.OpenToken].End.._tokens[pair.CloseToken].Start];
            return _lexicon.IsTermMarker(Lower(cue.First)) && cue.Last < pair.OpenToken - 1 && WordsOnly(cue.Last + 1, pair.OpenToken)
                && WordCount(inner) >= 3 && pair.OpenToken + 1 < pair.CloseToken && Lower(pair.OpenToken + 1) is "a" or "an";
        }

        /// <summary>
        /// The speech cue and speaker of a clause that reports the clause holding <paramref name="inner"/>: an earlier
        /// verb cue in the sentence whose speaker is a name or pronoun, followed by "that"/"dass" or a comma that opens
        /// the reported clause ("he warned that …", "sagte sie, die Gegner hätten …"). Null when there is none, or when
        /// a naming word lies between ("… what critics call “…”"): the quote then names a term.
        /// </summary>
        private (Candidate Speaker, Cue Cue)? OuterReporter(int start, Cue inner, int open)
        {
            if (inner.Kind != CueKind.Verb || HasTermMarker(inner.First, open))
            {
                return null;
            }

            for (var end = inner.First; end > start;)
            {
                if (LastCue(start, end) is not { } outer)
                {
                    return null;
                }

                var opening = outer.Last + 1;
                if (outer.Kind == CueKind.Verb && opening < inner.First && (Lower(opening) is "that" or "dass" || IsPunct(opening, ','))
                    && SpeakerOf(outer, start, opening) is { } speaker && (speaker.Name is not null || speaker.IsPronoun))
                {
                    return (speaker, outer);
                }

                end = outer.First;
            }

            return null;
        }

        /// <summary>
        /// "Baker's group, dubbed the “pothole party” during the campaign", "the plan was called “…”": a naming verb
        /// as a participle after a comma or a form of "be", with nothing but an article before the quote, gives the
        /// thing a name somebody unnamed uses; it has no subject that speaks, and the quote is a term.
        /// </summary>
        private bool NamesInParticiple(Cue cue, int open)
        {
            // German naming verbs in the list are finite ("nannte"); a comma before them ends the subject's apposition.
            if (_language != Language.English || cue.Kind != CueKind.Verb || cue.First == 0 || !_lexicon.IsTermMarker(Lower(cue.First)) || open - cue.Last > 2
                || (open - cue.Last == 2 && Lower(cue.Last + 1) is not ("the" or "a" or "an")))
            {
                return false;
            }

            return IsPunct(cue.First - 1, ',') || Lower(cue.First - 1) is "is" or "was" or "are" or "were" or "been" or "being" or "be";
        }

        /// <summary>One capitalised word: a German noun quoted as a term ("Festung", "Jahrhundertsommer").</summary>
        private static bool IsOneNoun(string inner)
        {
            var words = inner.Trim();
            return words.Length > 0 && char.IsUpper(words[0]) && WordCount(inner) == 1;
        }

        /// <summary>
        /// Whether the author's words of the sentence around an embedded quote hold a Konjunktiv I verb
        /// (<c>subjunctive.de.txt</c>): "die Tour sei aber »…«", "ob „…“ worden sei".
        /// </summary>
        private bool InSubjunctiveClause(QuotePair pair)
        {
            var (beforeStart, _) = BeforeRegion(pair.OpenToken);
            var (_, afterEnd) = AfterRegion(pair.CloseToken);
            for (var i = beforeStart; i < afterEnd; i++)
            {
                // Verbs are lower case inside a sentence; "Spiele", "Sorge" are nouns.
                if (!_insideQuote[i] && _tokens[i].Kind == TokenKind.Word && (char.IsLower(_text[_tokens[i].Start]) || OpensSentence(i))
                    && _lexicon.IsGermanSubjunctive(Lower(i)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The speaker of the nearest speech cue before <paramref name="open"/> in its sentence ("machte deutlich, dass …:
        /// Es gehe …") or in the sentence before it in the same paragraph ("…, sagte Adler. Europa habe …"); null if none.
        /// </summary>
        private Candidate? ReportingSpeakerBefore(int open)
        {
            var end = open;
            while (end > 0 && _paragraphOf[end - 1] == _paragraphOf[open] && _sentenceOf[end - 1] >= _sentenceOf[open] - 1)
            {
                var sentence = _sentenceOf[end - 1];
                var start = end - 1;
                while (start > 0 && _sentenceOf[start - 1] == sentence && _paragraphOf[start - 1] == _paragraphOf[open])
                {
                    start--;
                }

                if (LastCue(start, end) is { } cue && cue.Kind is CueKind.Verb or CueKind.Laut or CueKind.Zufolge
                    && SpeakerOf(cue, start, end) is { } speaker)
                {
                    return speaker;
                }

                end = start;
            }

            return null;
        }

        /// <summary>Whether a word of <c>[start, end)</c> marks a name or term (<c>term-markers.txt</c>: "called", "heading").</summary>
        private bool HasTermMarker(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (_tokens[i].Kind == TokenKind.Word && _lexicon.IsTermMarker(Lower(i)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The speaker a cue in a clause points to.</summary>
        private Candidate? SpeakerOf(Cue cue, int clauseStart, int clauseEnd)
        {
            switch (cue.Kind)
            {
                case CueKind.Laut:
                case CueKind.So:
                    return CandidateAfter(cue.Last + 1, clauseEnd, true);
                case CueKind.Zufolge:
                    return CandidateEndingAt(cue.First - 1, clauseStart);
                case CueKind.Impersonal:
                    return ImpersonalSource(cue.Last + 1, clauseEnd);
            }

            // German main clauses put the subject right before the verb or, after a fronted phrase, right after
            // it ("Gegenüber Fortune stellte er klar"). A name after a preposition is never the subject.
            var after = CandidateAt(SkipRoles(cue.First + 1, clauseEnd), clauseEnd, false);
            if (after is { IsPronoun: true })
            {
                return after;
            }

            // "Gemessen am Gewinn der Bank sei die Summe gering, sagte Kleiber: „…“": a German verb right after a comma
            // follows the reported clause it closes, and the person named after it is its subject; a name inside the
            // reported clause is not.
            if (_language == Language.German && after is { IsPerson: true, Name: not null } && cue.First > clauseStart && IsPunct(cue.First - 1, ','))
            {
                return after;
            }

            if (QuotedTitleBefore(cue.First) is { } title)
            {
                return title;
            }

            // "what researchers have called …", "Branchenbeobachter sprechen von …": a common noun (or a plural
            // verb) right before the cue is the subject, and it names nobody.
            var p = cue.First - 1;
            while (p >= clauseStart && _tokens[p].Kind == TokenKind.Word && _lexicon.IsAuxiliary(Lower(p)))
            {
                p--;
            }

            if (p >= clauseStart && CandidateAt(p, cue.First, false) is null && _tokens[p].Kind == TokenKind.Word
                && char.IsLower(_text[_tokens[p].Start]) && !_lexicon.IsFunctionWord(Lower(p)) && !IsRole(p))
            {
                return after is { IsPronoun: true } ? after : null;
            }

            // "After the Oakfield Hall count, she added": an English pronoun right before the verb is its subject;
            // a name earlier in the sentence belongs to a fronted phrase.
            if (_language == Language.English && p >= clauseStart && CandidateAt(p, cue.First, false) is { IsPronoun: true } pronoun)
            {
                return pronoun;
            }

            // "Asked whether …, the chief executive replied": an English definite role description right before the verb
            // refers to the person the article introduced with that role.
            if (_language == Language.English && p >= clauseStart && RoleHolder(p) is { } holder)
            {
                return holder;
            }

            if (NameBeforeApposition(clauseStart, cue.First) is { } described)
            {
                return described;
            }

            var pluralVerb = _language != Language.English && Lower(cue.First).EndsWith("en", StringComparison.Ordinal);
            Candidate? source = null;
            for (var i = clauseStart; i < cue.First; i++)
            {
                var unknownAllowed = i == cue.First - 1 && !pluralVerb && (!OpensSentence(i) || _index.SeenMidSentence(_tokens[i].Text));
                if (CandidateAt(i, cue.First, unknownAllowed) is { } c)
                {
                    // "Asked whether he regretted it, Swift said": a pronoun in an opening participle or subordinate
                    // clause points forward to the subject named after its comma.
                    if (c.IsPronoun && NamedAfterCataphor(c.First, cue.First))
                    {
                        i = c.Last;
                        continue;
                    }

                    // "Am Rande des Festivals sagte Hecht", "Bei der Vorstellung der Bilanz sagte er": a genitive that
                    // qualifies the noun of a fronted prepositional phrase belongs to that phrase; the subject follows
                    // the verb.
                    if (!c.IsPronoun && IsGenitiveAttribute(c.First) && AfterPreposition(c.First - 2))
                    {
                        i = c.Last;
                        continue;
                    }

                    if (!AfterPreposition(c.First))
                    {
                        return c;
                    }

                    // The author of a review or report that is the subject speaks through it, unless a name that is
                    // no prepositional object follows ("The leader of the council, David Mark, called …").
                    if (source is null && SourceOfSubjectDocument(c, clauseStart))
                    {
                        source = c;
                    }

                    i = c.Last;
                }
            }

            return source ?? after;
        }

        /// <summary>
        /// "the chief executive" ending at role word <paramref name="role"/> ("the", at most two lower-case words, the role,
        /// no name or "of" after it): the nearest earlier person introduced with the same words, in apposition after
        /// the name ("Harriet Cotton, the chief executive,") or before it ("chief executive Harriet Cotton"); the
        /// candidate spans the description. Null when no person was introduced so.
        /// </summary>
        private Candidate? RoleHolder(int role)
        {
            if (!IsRole(role) || !char.IsLower(_text[_tokens[role].Start]) || _insideQuote[role])
            {
                return null;
            }

            var next = role + 1;
            if (next < _tokens.Count && (_tokens[next].Kind == TokenKind.Clitic || Lower(next) == "of" || (_tokens[next].Kind == TokenKind.Word && _index.IsCapitalisedWord(next))))
            {
                return null;
            }

            var a = role - 1;
            while (a >= 0 && role - a <= 2 && _tokens[a].Kind == TokenKind.Word && char.IsLower(_text[_tokens[a].Start]) && !_lexicon.IsFunctionWord(Lower(a)))
            {
                a--;
            }

            if (a < 0 || _tokens[a].Kind != TokenKind.Word || Lower(a) != "the")
            {
                return null;
            }

            var length = role - a;
            var mentions = _index.Mentions;
            for (var k = mentions.Count - 1; k >= 0; k--)
            {
                var m = mentions[k];
                if (m.LastToken >= a || !m.IsPerson || _insideQuote[m.FirstToken])
                {
                    continue;
                }

                // Before the name: "chief executive Harriet Cotton".
                if (m.FirstToken - length >= 0 && SameWords(m.FirstToken - length, a + 1, length))
                {
                    return new Candidate(a, role, m.Name, m.Entity, true, false);
                }

                // In apposition after it: "Harriet Cotton, the chief executive and …".
                if (m.LastToken + 1 < _tokens.Count && IsPunct(m.LastToken + 1, ','))
                {
                    for (var t = m.LastToken + 2; t + length <= _tokens.Count && t <= m.LastToken + 5 && _tokens[t].Kind == TokenKind.Word && !_insideQuote[t]; t++)
                    {
                        if (SameWords(t, a + 1, length))
                        {
                            return new Candidate(a, role, m.Name, m.Entity, true, false);
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>Whether the <paramref name="length"/> tokens from <paramref name="x"/> are the same words as those from <paramref name="y"/>, ignoring case.</summary>
        private bool SameWords(int x, int y, int length)
        {
            for (var j = 0; j < length; j++)
            {
                if (_tokens[x + j].Kind != TokenKind.Word || Lower(x + j) != Lower(y + j))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// "Usdaw, the shopworkers' union, described …", "Kowalczyk, the club's captain, said …": a name that opens the
        /// clause, then an apposition between commas of an article, a few words and an organisation noun or a role, right
        /// before the verb: the apposition describes the name, which is the verb's subject even where no earlier stage
        /// knew it as a name. An adverb that opens a clause ("However, the union said") has no comma before the verb.
        /// </summary>
        private Candidate? NameBeforeApposition(int clauseStart, int verb)
        {
            var head = verb - 2;
            if (head <= clauseStart + 2 || !IsPunct(verb - 1, ',') || _tokens[head].Kind != TokenKind.Word
                || !(_lexicon.IsOrgNoun(Lower(head)) || IsRole(head)))
            {
                return null;
            }

            var comma = head - 1;
            // "the shopworkers’ union": a plural's apostrophe stands alone.
            while (comma > clauseStart && head - comma <= 5 && !_insideQuote[comma]
                   && (_tokens[comma].Kind is TokenKind.Word or TokenKind.Clitic || (_tokens[comma].Kind == TokenKind.QuoteMark && _markRole[comma] == 0 && _tokens[comma].Length == 1
                           && _text[_tokens[comma].Start] is '\'' or '’' && _tokens[comma].Start == _tokens[comma - 1].End)))
            {
                comma--;
            }

            if (!IsPunct(comma, ',') || comma + 1 >= head || Lower(comma + 1) is not ("the" or "a" or "an" or "der" or "die" or "das" or "ein" or "eine"))
            {
                return null;
            }

            // The name is all that stands before the apposition: one to three capitalised words.
            if (comma - clauseStart > 3)
            {
                return null;
            }

            var isPerson = !_lexicon.IsOrgNoun(Lower(head));
            if (CandidateAt(clauseStart, comma, true) is { IsPronoun: false } name)
            {
                return name.Last != comma - 1 ? null : name.Entity is null && name.Name is not null ? name with { IsPerson = isPerson } : name;
            }

            // "Unison, the health workers' union, said" with "Unison" typed a place: the apposition says what it is.
            for (var i = clauseStart; i < comma; i++)
            {
                if (_insideQuote[i] || !_index.IsCapitalisedWord(i) || _lexicon.IsFunctionWord(Lower(i)) || IsRole(i) || IsNationalityWord(i)
                    || (i > clauseStart && !_index.Adjacent(i - 1, i)))
                {
                    return null;
                }
            }

            return new Candidate(clauseStart, comma - 1, _text[_tokens[clauseStart].Start.._tokens[comma - 1].End], null, isPerson, false);
        }

        /// <summary>
        /// "A 1991 review in the St. Louis Courier called it “…”", "a report by the Treasury warned of “…”": a name after
        /// "in", "by", "from", "of" that follows a piece of writing or speech (<c>source-nouns.txt</c>) at the start of the
        /// clause is the author who speaks through the subject; before the noun stand at most an article, a number or
        /// an adjective. A name after any other preposition, or after a noun of another kind, is never the subject.
        /// </summary>
        private bool SourceOfSubjectDocument(Candidate c, int clauseStart)
        {
            if (c.IsPronoun)
            {
                return false;
            }

            var p = c.First - 1;
            while (p > clauseStart && c.First - p <= 2 && _tokens[p].Kind == TokenKind.Word && !_lexicon.IsPreposition(Lower(p)) && _lexicon.IsFunctionWord(Lower(p)))
            {
                p--; // "the", "der"
            }

            if (p <= clauseStart || Lower(p) is not ("in" or "im" or "by" or "from" or "of" or "von" or "vom") || !_lexicon.IsSourceNoun(Lower(p - 1)))
            {
                return false;
            }

            var head = p - 1;
            if (head - clauseStart > 3)
            {
                return false;
            }

            for (var t = clauseStart; t < head; t++)
            {
                var token = _tokens[t];
                if (!(token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && (_lexicon.IsFunctionWord(Lower(t)) || char.IsLower(_text[token.Start])))))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// "Kamp sprach von einem »…« und kündigte an, …": a cue verb right after "und"/"and" shares the subject of the
        /// verb before it, which a quote between may cut off from the cue's clause; that subject when it is a person
        /// at the sentence's start, null otherwise.
        /// </summary>
        private Candidate? CoordinatedSubject(int verb)
        {
            var and = verb - 1;
            if (and < 1 || Lower(and) is not ("und" or "and"))
            {
                return null;
            }

            return FirstSubject(SentenceStart(and), and);
        }

        /// <summary>
        /// "Vereinschef Ralf Engel nannte die Pläne „mutig“, warnte aber: „…“": a cue verb right after the comma that
        /// follows an earlier quote of the sentence opens a clause without a subject of its own, coordinated with the
        /// sentence's first clause, whose subject speaks; null when the region does not start so or no person opens it.
        /// </summary>
        private Candidate? SubjectOfClauseBeforeQuote(int regionStart, int verb)
        {
            if (regionStart < 1 || _markRole[regionStart - 1] != 2 || !IsPunct(regionStart, ',') || verb != regionStart + 1)
            {
                return null;
            }

            return FirstSubject(SentenceStart(regionStart), regionStart);
        }

        /// <summary>
        /// "Der »Weserbergland-Kurier« nannte das Projekt …": a quoted title after a definite article right before the
        /// verb is a newspaper or another work that speaks as its subject; null otherwise.
        /// </summary>
        private Candidate? QuotedTitleBefore(int verb)
        {
            var close = verb - 1;
            if (close < 3 || _markRole[close] != 2 || _paragraphOf[close] != _paragraphOf[verb])
            {
                return null;
            }

            var open = close - 1;
            while (open > 0 && _markRole[open] != 1)
            {
                open--;
            }

            if (open < 1 || open + 1 >= close || Lower(open - 1) is not ("der" or "die" or "das" or "the"))
            {
                return null;
            }

            var title = _text[_tokens[open].End.._tokens[close].Start];
            return WordCount(title) <= 4 && IsTitle(title) ? new Candidate(open + 1, close - 1, title.Trim(), null, false, false) : null;
        }

        /// <summary>The first person named in a clause (not after a preposition), or a pronoun; null otherwise.</summary>
        private Candidate? FirstSubject(int start, int end)
        {
            for (var i = start; i < end && i < start + 8; i++)
            {
                if (CandidateAt(i, end, false) is { } c)
                {
                    // "Der Trainer der Falcons, Goran Petrović, haderte": an organisation in the genitive after a
                    // noun says whose the role is; the subject is named after it.
                    if (!c.IsPerson && !c.IsPronoun && IsGenitiveAttribute(c.First))
                    {
                        i = c.Last;
                        continue;
                    }

                    return (c.IsPerson || c.IsPronoun) && !AfterPreposition(c.First) ? c : null;
                }
            }

            return null;
        }

        /// <summary>A name after a genitive article that follows a capitalised noun: "Trainer der Falcons", "Chef des Konzerns".</summary>
        private bool IsGenitiveAttribute(int first) =>
            _language == Language.German && first >= 2 && _tokens[first - 1].Kind == TokenKind.Word && Lower(first - 1) is "der" or "des"
            && _tokens[first - 2].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[first - 2].Start]);

        /// <summary>The first speaker candidate from <paramref name="start"/>, skipping articles, adjectives and roles.</summary>
        private Candidate? CandidateAfter(int start, int end, bool allowUnknown)
        {
            var role = false;
            for (var i = start; i < end && i < start + 7; i++)
            {
                if (CandidateAt(i, end, allowUnknown) is { } c)
                {
                    if (!c.IsPronoun && AfterPreposition(c.First, start))
                    {
                        // "…, hofft seit Jahren auf …", "sagte gegenüber dem SWR Minister Kraus": a noun after a
                        // preposition is never the subject the cue's speaker would be; the search goes on after it.
                        i = c.Last;
                        continue;
                    }

                    // "sagte der Vorstandsvorsitzende von Bergweide, Dr. Konrad Schmied, am Dienstag", "said the head of
                    // Kestrel, Tom Ray,": a role (or its organisation) with the holder's name in apposition after it;
                    // the holder speaks, not a person the description would otherwise refer back to.
                    // So too a team or firm that qualifies the role after it ("said the Kestrel manager, Tom Ray,").
                    // So too a possessor of the role ("said Brighton’s head coach, Lorna Whitlow", "said Carter’s agent,
                    // Tom Ray"): the possessor names whose coach or agent speaks, not the speaker.
                    return ((c.IsPronoun && c.Gender != '\0') || (!c.IsPerson && (role || (c.Last + 1 < end && IsRole(c.Last + 1))))
                            || (!c.IsPronoun && PossessedRoleHolder(c.Last + 1, end) is not null))
                        && (HolderInApposition(c.Last + 1, end) ?? PossessedRoleHolder(c.Last + 1, end)) is { } holder
                        ? holder
                        : c;
                }

                role |= IsRole(i);

                var t = _tokens[i];
                if (t.Kind == TokenKind.Punctuation && !IsPunct(i, '.'))
                {
                    // "said the airline's chief executive, Declan Rowe, in a video": a role and a comma put the name
                    // after them in apposition; the name is the speaker.
                    if (IsPunct(i, ',') && i > start && IsRole(i - 1) && i + 1 < end && CandidateAt(i + 1, end, false) is { Name: not null, IsPronoun: false } named)
                    {
                        return named;
                    }

                    // "said one former tenant, Joanna Kaczmarek, 34,", "said a neighbour, Tom Reed.": an indefinite
                    // description of one person in lower-case words, then that person's name in apposition.
                    return IsPunct(i, ',') && i > start + 1 && Lower(start) is "a" or "an" or "one" or "another" && WordsOnly(start, i)
                        ? PersonInApposition(i + 1, end)
                        : null;
                }

                if (t.Kind is not (TokenKind.Word or TokenKind.Clitic or TokenKind.Ordinal or TokenKind.Punctuation))
                {
                    return null;
                }

                if (t.Kind == TokenKind.Word && char.IsUpper(_text[t.Start]) && !IsRole(i) && !_lexicon.IsFunctionWord(Lower(i)))
                {
                    // A capitalised word that is not a speaker ends the search; after a role it may be the place or
                    // firm of the role ("said the head of Northgate, Ruth Alder,"), with the holder after the comma; so may
                    // a place or team before the role ("said the Northgate manager, Ruth Alder,").
                    return role || (i + 1 < end && IsRole(i + 1)) ? HolderInApposition(i + 1, end) : PossessedRoleHolder(i + 1, end);
                }
            }

            return null;
        }

        /// <summary>
        /// The person who holds the role that a possessive "'s" at <paramref name="clitic"/> opens, named after it in
        /// apposition or right after the role words ("Brighton’s head coach, Lorna Whitlow", "Carter’s agent Tom Ray");
        /// null when no possessive, role or person follows.
        /// </summary>
        private Candidate? PossessedRoleHolder(int clitic, int end)
        {
            if (clitic >= end || _tokens[clitic].Kind != TokenKind.Clitic || Lower(clitic) is not ("'s" or "’s" or "'" or "’")
                || !RoleAfter(clitic, end, out var holder))
            {
                return null;
            }

            return HolderInApposition(clitic, end) ?? holder;
        }

        /// <summary>
        /// A person named after a comma that follows a description within a few words ("… von Bergweide, Dr. Konrad
        /// Schmied"), titles before the name skipped; null when other punctuation, a quote or no person comes first.
        /// </summary>
        private Candidate? HolderInApposition(int start, int end)
        {
            for (var j = start; j < end && j < start + 6; j++)
            {
                if (IsPunct(j, ','))
                {
                    var k = j + 1;
                    while (k < end && k < j + 4 && (IsRole(k) || IsPunct(k, '.')))
                    {
                        k++; // "Dr.", "Prof. Dr."
                    }

                    return k < end && _index.At(k) is { IsPerson: true } person && !IsPossessor(person)
                        ? new Candidate(person.FirstToken, person.LastToken, person.Name, person.Entity, true, false)
                        : null;
                }

                if (_insideQuote[j] || _tokens[j].Kind is not (TokenKind.Word or TokenKind.Clitic))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// The person whose name starts at token <paramref name="k"/> and ends the apposition (a comma, a full stop or the
        /// region's end follows); null otherwise.
        /// </summary>
        private Candidate? PersonInApposition(int k, int end)
        {
            if (k >= end || _index.At(k) is not { IsPerson: true } person || IsPossessor(person))
            {
                return null;
            }

            var next = person.LastToken + 1;
            return next >= end || IsPunct(next, ',') || IsPunct(next, '.') || IsPunct(next, ';')
                ? new Candidate(person.FirstToken, person.LastToken, person.Name, person.Entity, true, false)
                : null;
        }

        /// <summary>The candidate whose last token is <paramref name="last"/> ("Dem Institut Fiskalwerk zufolge").</summary>
        private Candidate? CandidateEndingAt(int last, int start)
        {
            // The longest name that ends there: "Dem Verband Energiewirtschaft Ost zufolge" is "Energiewirtschaft Ost".
            Candidate? best = null;
            for (var i = last; i >= start && i > last - 5; i--)
            {
                if (CandidateAt(i, last + 1, true) is { } c && c.Last == last)
                {
                    best = c;
                }
                else if (best is not null)
                {
                    break;
                }
            }

            return best;
        }

        /// <summary>"heißt es in einer Mitteilung von X / des Verbands X / der Bank": the source after von/des/der.</summary>
        private Candidate? ImpersonalSource(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var lower = Lower(i);
                if (lower is "von" or "vom" or "des" or "der" or "from" or "by" or "of")
                {
                    if (CandidateAt(i + 1, end, false) is { } direct)
                    {
                        return direct; // "der Bank", "des Verbands": a noun that refers back to the organisation
                    }

                    if (CandidateAfter(SkipRoles(i + 1, end), end, true) is { } c)
                    {
                        return c;
                    }
                }

                // "hieß es aus dem Ministerium", "heißt es aus der Konzernzentrale von X": the organisation the words
                // come out of, when an organisation noun after the article refers back to it or its name follows.
                // Not a place or a vague circle ("aus Berlin", "aus Regierungskreisen"), which names no speaker.
                if (lower == "aus" && i + 2 < end && _lexicon.IsFunctionWord(Lower(i + 1)) && CandidateAt(i + 2, end, false) is { IsPerson: false, IsPronoun: false } org)
                {
                    return org;
                }
            }

            return null;
        }

        /// <summary>A speaker candidate starting at token <paramref name="i"/>, or null.</summary>
        private Candidate? CandidateAt(int i, int end, bool allowUnknown)
        {
            if (i < 0 || i >= end || i >= _tokens.Count || _insideQuote[i])
            {
                return null;
            }

            if (_index.At(i) is { } m)
            {
                // "betonte Kochs Finanzchef Tobias Vogel", "said Skerrow's finance director Tom Cook": the possessor
                // says whose the role is; the person named after the role is the one who speaks.
                // Without a name after the role ("sagte Kochs Sprecher") the speaker is someone we cannot name.
                if (IsPossessor(m) && RoleAfter(m.LastToken + 1, end, out var holder))
                {
                    return holder;
                }

                // "»Wir sind ein Familienbetrieb«, sagte Vogel" in an article on "Vogel Mobil GmbH" and "Anna Vogel": a
                // firm's word alone that is also the surname of a person named there is the person, who can be
                // named so briefly; the firm goes by more of its name.
                return !m.IsPerson && m.FirstToken == m.LastToken && _index.PersonWithSurname(_tokens[i].Text) is { } namesake
                    ? new Candidate(i, i, namesake.Name, namesake.Entity, true, false)
                    : new Candidate(m.FirstToken, m.LastToken, m.Name, m.Entity, m.IsPerson, false);
            }

            var t = _tokens[i];
            if (allowUnknown && _index.IsBlocked(i) && OpensCutName(i, end) is { } cut)
            {
                return cut;
            }

            if (_index.IsBlocked(i) || t.Kind != TokenKind.Word)
            {
                return null;
            }

            var lower = Lower(i);
            if (_lexicon.PronounGender(lower) != '\0')
            {
                return new Candidate(i, i, null, null, true, true);
            }

            // "das Unternehmen", "the company" — but not "the museum’s director", where the noun is a possessor.
            // "die Gewerkschaft Verdi": when the name follows, the name is the candidate.
            if (i > 0 && _lexicon.IsOrgNoun(lower) && _lexicon.IsFunctionWord(Lower(i - 1))
                && !(i + 1 < _tokens.Count && (_tokens[i + 1].Kind == TokenKind.Clitic || (_index.IsCapitalisedWord(i + 1) && !_lexicon.IsFunctionWord(Lower(i + 1))))))
            {
                return new Candidate(i, i, null, null, false, false);
            }

            // "Die Initiative Offene Modelle aus Hamburg erklärte": the capitalised words after an organisation noun
            // are the organisation's name, wherever the clause puts them, when nothing else read them as a name.
            if (i > 0 && i + 1 < end && char.IsUpper(_text[t.Start]) && _lexicon.IsOrgNoun(lower) && _lexicon.IsFunctionWord(Lower(i - 1))
                && !_insideQuote[i + 1] && !_index.IsBlocked(i + 1) && _index.At(i + 1) is null && _index.IsCapitalisedWord(i + 1)
                && !_lexicon.IsFunctionWord(Lower(i + 1)) && _index.Adjacent(i, i + 1) && !TryCue(i + 1, end, out _))
            {
                var nameEnd = i + 1;
                while (nameEnd + 1 < end && nameEnd - i < 4 && _index.IsCapitalisedWord(nameEnd + 1) && !_index.IsBlocked(nameEnd + 1) && _index.At(nameEnd + 1) is null
                       && !_lexicon.IsFunctionWord(Lower(nameEnd + 1)) && _index.Adjacent(nameEnd, nameEnd + 1))
                {
                    nameEnd++;
                }

                var orgName = _text[_tokens[i + 1].Start.._tokens[nameEnd].End];
                return new Candidate(i + 1, nameEnd, orgName, null, false, false);
            }

            if (DescriptionGender(i, end, allowUnknown) is var described and not '\0')
            {
                return new Candidate(i, i, null, null, true, true, described);
            }

            // "“…,” the Italian said", "said the 31-year-old": an English description of one person refers back like a
            // pronoun of either gender.
            if (IsEnglishDescription(i))
            {
                return new Candidate(i, i, null, null, true, true, 'x');
            }

            // A nationality word ("Italian", "Deutscher") describes a speaker but never names one; nor does a statement or
            // report ("heißt es in der Mitteilung der BaFin"), through which the name after it speaks.
            if (!allowUnknown || !_index.IsCapitalisedWord(i) || _lexicon.IsFunctionWord(lower) || IsRole(i) || IsNationalityWord(i) || _lexicon.IsSourceNoun(lower))
            {
                return null;
            }

            var last = i;
            while (last + 1 < end && last - i < 3 && _index.IsCapitalisedWord(last + 1) && !_lexicon.IsFunctionWord(Lower(last + 1))
                   && _tokens[last + 1].Start - _tokens[last].End <= 1)
            {
                last++;
            }

            // "sagte Torhüter Lars Ebner": a known name inside the capitalised run is the speaker, the words before
            // it describe them.
            for (var k = i + 1; k <= last; k++)
            {
                if (_index.At(k) is { } named)
                {
                    return new Candidate(named.FirstToken, named.LastToken, named.Name, named.Entity, named.IsPerson, false);
                }
            }

            // "Southern Power Networks said": the entity stage cut the name and typed its front a place; the
            // capitalised words right before that belong to the same name.
            var first = i;
            while (first > 0 && i - first < 4 && _index.IsBlocked(first - 1) && !_insideQuote[first - 1] && _index.IsCapitalisedWord(first - 1) && _index.Adjacent(first - 1, first))
            {
                first--;
            }

            if (first < i)
            {
                return new Candidate(first, last, _text[_tokens[first].Start.._tokens[last].End], null, true, false);
            }

            var isPerson = true;
            var name = _text[t.Start.._tokens[last].End];
            if (last == i && _index.TryAlias(t.Text, out var full, out var aliasIsPerson, out _))
            {
                name = full;
                isPerson = aliasIsPerson;
            }

            return new Candidate(i, last, name, null, isPerson, false);
        }

        /// <summary>
        /// A place or product entity starting at <paramref name="i"/> whose name runs on into unrecognised
        /// capitalised words ("said Southern Power Networks" with "Southern Power" typed a place): the entity stage
        /// cut a name, so the whole run is read as an unknown name; null otherwise.
        /// </summary>
        private Candidate? OpensCutName(int i, int end)
        {
            if (i > 0 && _index.IsBlocked(i - 1) && _index.Adjacent(i - 1, i))
            {
                return null; // not the start of the entity
            }

            var last = i;
            while (last + 1 < end && last - i < 4 && _index.IsBlocked(last + 1) && _index.Adjacent(last, last + 1))
            {
                last++;
            }

            var next = last + 1;
            if (next >= end || _insideQuote[next] || _index.IsBlocked(next) || _index.At(next) is not null || !_index.IsCapitalisedWord(next)
                || !_index.Adjacent(last, next) || _lexicon.IsFunctionWord(Lower(next)) || IsRole(next) || TryCue(next, end, out _))
            {
                return null;
            }

            for (var k = i; k <= last; k++)
            {
                if (!_index.IsCapitalisedWord(k))
                {
                    return null;
                }
            }

            var stop = next;
            while (stop + 1 < end && stop - i < 4 && _index.IsCapitalisedWord(stop + 1) && !_index.IsBlocked(stop + 1) && _index.At(stop + 1) is null
                   && !_lexicon.IsFunctionWord(Lower(stop + 1)) && _index.Adjacent(stop, stop + 1))
            {
                stop++;
            }

            return new Candidate(i, stop, _text[_tokens[i].Start.._tokens[stop].End], null, true, false);
        }

        /// <summary>Whether two tokens are separated by at most one space on the same line.</summary>
        /// <summary>The speaker's fullest name and entity, or false when the candidate does not resolve to a name.</summary>
        private bool Resolve(Candidate c, out string? name, out Entity? entity)
        {
            name = c.Name;
            entity = c.Entity;
            if (c.Name is not null)
            {
                return true;
            }

            SpeakerMentionInfo? referent;
            if (c.IsPronoun)
            {
                var gender = c.Gender != '\0' ? c.Gender : _lexicon.PronounGender(Lower(c.First));
                referent = gender == 'p' || IsPluralSie(c.First) ? null : DescribedSubjectBefore(c.First, gender) ?? Antecedent(c.First, gender, person: true);
            }
            else
            {
                referent = Antecedent(c.First, 'x', person: false, companyOnly: _lexicon.IsCompanyNoun(Lower(c.First)));
            }

            if (referent is null)
            {
                return false;
            }

            name = referent.Name;
            entity = referent.Entity;
            return true;
        }

        /// <summary>
        /// "The judge rejected that account. “…,” she wrote", "Die Institutsdirektorin sieht … „…“, sagt sie": when the
        /// sentence right before the pronoun's, in its paragraph, opens with a definite description of one person by a
        /// role and names nobody up to the pronoun, the pronoun goes on with that subject, not with the last name
        /// before it: the person the article introduced with that role (<see cref="PersonWithRole"/>). Null otherwise.
        /// </summary>
        private SpeakerMentionInfo? DescribedSubjectBefore(int pronoun, char gender)
        {
            if (gender is not ('m' or 'f'))
            {
                return null;
            }

            var sentenceStart = SentenceStart(pronoun);
            if (sentenceStart == 0 || _paragraphOf[sentenceStart - 1] != _paragraphOf[pronoun])
            {
                return null;
            }

            var start = SentenceStart(sentenceStart - 1);

            var article = Lower(start);
            if (_tokens[start].Kind != TokenKind.Word || _insideQuote[start] || article is not ("the" or "der" or "die"))
            {
                return null;
            }

            // The article, at most two lower-case adjectives, then the role word with no name, "of" or genitive after it.
            var role = start + 1;
            while (role < start + 3 && role < pronoun && _tokens[role].Kind == TokenKind.Word && char.IsLower(_text[_tokens[role].Start]) && !IsRole(role))
            {
                role++;
            }

            if (role >= pronoun || !IsRole(role) || role + 1 >= pronoun || _tokens[role + 1].Kind == TokenKind.Clitic
                || Lower(role + 1) is "of" or "des" or "der" || (_tokens[role + 1].Kind == TokenKind.Word && _index.IsCapitalisedWord(role + 1)))
            {
                return null;
            }

            _lexicon.IsRoleWord(Lower(role), out var roleGender);
            if (_language == Language.German ? DescriptionGender(role, pronoun, false) != gender : roleGender is not ('x' or '\0') && roleGender != gender)
            {
                return null;
            }

            // Nobody else is named between the description and the pronoun (outside quotes).
            foreach (var m in _index.Mentions)
            {
                if (m.FirstToken > start && m.FirstToken < pronoun && m.IsPerson && !_insideQuote[m.FirstToken])
                {
                    return null;
                }
            }

            return PersonWithRole(Lower(role), start, gender);
        }

        /// <summary>
        /// The nearest person before token <paramref name="before"/> of a compatible gender whose name is written with
        /// a word naming <paramref name="role"/> (<see cref="QuoteLexicon.NamesRole"/>): a title right before the name
        /// ("Mrs Justice Penrose", "Richterin Anna Berg") or a role in apposition after it ("Renate Obermüller,
        /// Direktorin des Instituts"); null when none.
        /// </summary>
        private SpeakerMentionInfo? PersonWithRole(string role, int before, char gender)
        {
            var mentions = _index.Mentions;
            for (var k = mentions.Count - 1; k >= 0; k--)
            {
                var m = mentions[k];
                if (m.LastToken >= before || !m.IsPerson || _insideQuote[m.FirstToken] || !(m.Gender == 'x' || m.Gender == gender))
                {
                    continue;
                }

                for (var t = Math.Max(0, m.FirstToken - 3); t < m.FirstToken; t++)
                {
                    if (_tokens[t].Kind == TokenKind.Word && _lexicon.NamesRole(role, Lower(t)))
                    {
                        return m;
                    }
                }

                if (m.LastToken + 2 < before && IsPunct(m.LastToken + 1, ','))
                {
                    for (var t = m.LastToken + 2; t < before && t <= m.LastToken + 5 && _tokens[t].Kind == TokenKind.Word && !_insideQuote[t]; t++)
                    {
                        if (_lexicon.NamesRole(role, Lower(t)))
                        {
                            return m;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The person (or organisation) a pronoun or noun refers back to: the nearest earlier sentence with a
        /// compatible mention (gender for er/sie/he/she), and in that sentence the first such mention, which is
        /// usually the subject.
        /// </summary>
        private SpeakerMentionInfo? Antecedent(int at, char gender, bool person, bool companyOnly = false, int chained = 0)
        {
            var mentions = _index.Mentions;
            int lo = 0, hi = mentions.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (mentions[mid].FirstToken < at)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            SpeakerMentionInfo? found = null;
            for (var k = lo - 1; k >= 0; k--)
            {
                var m = mentions[k];
                if (at - m.LastToken > (person ? MaxPronounDistance : MaxOrgDistance) || (found is not null && _sentenceOf[m.FirstToken] != _sentenceOf[found.FirstToken]))
                {
                    break;
                }

                // A name after a preposition in the pronoun's own clause ("Gegenüber Fortune stellte er klar") is
                // the addressee or a circumstance of that clause; a subject pronoun never refers to it there.
                if (person && AfterPreposition(m.FirstToken) && SameClause(m.LastToken, at))
                {
                    continue;
                }

                // "Sandmanns Nichte Carla Stoll …, erzählte sie": a possessor names someone else's relative or
                // property; the pronoun refers to the person it qualifies.
                if (person && IsPossessor(m))
                {
                    continue;
                }

                // „Jonas ist ein Riesentalent“, sagte der Leverkusener: a person named inside a quote is spoken about,
                // and a pronoun or description after it refers to someone named in the author's text.
                if (person && _insideQuote[m.FirstToken])
                {
                    continue;
                }

                // "Perrin disagreed. “…,” she said" in an article on the firm "Perrin Rowe" and "Anna Perrin": a firm's
                // word alone that is also the surname of a person named there is that person (as for a name next to
                // the cue, CandidateAt), whichever type the entity stage gave the word.
                var candidate = m;
                if (person && !m.IsPerson && m.FirstToken == m.LastToken && _index.PersonWithSurname(_tokens[m.FirstToken].Text) is { } namesake)
                {
                    candidate = m with { Name = namesake.Name, IsPerson = true, Gender = namesake.Gender, Entity = namesake.Entity };
                }

                if (candidate.IsPerson == person && (gender == 'x' || candidate.Gender == 'x' || candidate.Gender == gender) && !(companyOnly && _lexicon.IsInstitutionName(candidate.Name)))
                {
                    found = candidate;
                }
            }

            // "But he added that Fenwick had agreed to …. “…,” he said": when the sentence that holds the antecedent has
            // a pronoun of the same gender before it, that pronoun is the sentence's subject and the later one goes on
            // with it; the name after it is someone spoken about. The chain is followed a few sentences back at most.
            if (person && found is not null && gender is 'm' or 'f' && chained < 3 && SubjectPronounBefore(found.FirstToken, gender) is var earlier and >= 0
                && !IsCataphor(earlier, found.FirstToken) && Antecedent(earlier, gender, person: true, chained: chained + 1) is { } chainedReferent)
            {
                return chainedReferent;
            }

            return found;
        }

        /// <summary>
        /// A pronoun of the given gender in the author's words of the sentence of token <paramref name="mention"/>,
        /// before it ("he" in "But he added that Fenwick …"); -1 when there is none. German "sie" does not count: it may be
        /// plural, or the object ("Gestern lobte sie Weber" reads both ways), where "er", "he" and "she" are subjects.
        /// </summary>
        private int SubjectPronounBefore(int mention, char gender)
        {
            for (var t = mention - 1; t >= 0 && _sentenceOf[t] == _sentenceOf[mention] && _paragraphOf[t] == _paragraphOf[mention]; t--)
            {
                if (!_insideQuote[t] && _tokens[t].Kind == TokenKind.Word && _lexicon.PronounGender(Lower(t)) == gender && Lower(t) != "sie")
                {
                    return t;
                }
            }

            return -1;
        }

        /// <summary>
        /// "Asked whether she planned to stay, Fairweather laughed": a pronoun inside an opening subordinate or participle
        /// clause points forward to the subject named right after that clause's comma; it is no earlier subject the
        /// name's pronoun would go on with. The pronoun does not open the sentence (after at most a conjunction), where
        /// it would be the main clause's subject ("But he added that, if …, Fenwick …").
        /// </summary>
        private bool IsCataphor(int pronoun, int name)
        {
            if (name < 1 || !IsPunct(name - 1, ','))
            {
                return false;
            }

            var first = pronoun;
            while (first > 0 && _sentenceOf[first - 1] == _sentenceOf[pronoun] && _paragraphOf[first - 1] == _paragraphOf[pronoun] && !_insideQuote[first - 1] && _markRole[first - 1] == 0)
            {
                first--;
            }

            if (first == pronoun || (first + 1 == pronoun && IsConjunction(first)))
            {
                return false;
            }

            for (var t = pronoun + 1; t < name - 1; t++)
            {
                if (IsPunct(t, ',') || _insideQuote[t])
                {
                    return false; // the name does not open the clause right after the pronoun's
                }
            }

            return true;
        }

        /// <summary>
        /// Whether a name opens the clause after a comma between the pronoun at <paramref name="pronoun"/> and the
        /// cue at <paramref name="verb"/>, so that the pronoun is a cataphor of it (<see cref="IsCataphor"/>).
        /// </summary>
        private bool NamedAfterCataphor(int pronoun, int verb)
        {
            for (var q = pronoun + 2; q < verb; q++)
            {
                if (IsPunct(q - 1, ',') && !_insideQuote[q])
                {
                    return CandidateAt(q, verb, q == verb - 1) is { IsPronoun: false, Name: not null } && IsCataphor(pronoun, q);
                }
            }

            return false;
        }

        /// <summary>A genitive before a noun: "Sandmanns Nichte", "Desai's office".</summary>
        private bool IsPossessor(SpeakerMentionInfo m)
        {
            var next = m.LastToken + 1;
            if (next >= _tokens.Count || !_index.Adjacent(m.LastToken, next))
            {
                return false;
            }

            if (_tokens[next].Kind == TokenKind.Clitic)
            {
                return Lower(next) is "'s" or "’s" or "'" or "’";
            }

            var word = _tokens[m.LastToken].Text;
            return _language != Language.English && m.FirstToken == m.LastToken && word.Length > 3 && word[^1] == 's'
                && _index.IsCapitalisedWord(next) && !_lexicon.IsFunctionWord(Lower(next)) && _index.At(next) is null
                && (_index.TryAlias(word[..^1], out _, out _, out _) || IsRole(next));
        }

        /// <summary>
        /// Whether a role description starts at <paramref name="start"/> (the possessive "'s" first, then lower-case
        /// words and at least one role word: "'s finance director", "langjähriger Finanzchef"); <paramref name="holder"/>
        /// is the person named right after it ("… Tom Cook", "… Tobias Vogel"), or null when no name follows.
        /// </summary>
        private bool RoleAfter(int start, int end, out Candidate? holder)
        {
            holder = null;
            var i = start;
            if (i < end && _tokens[i].Kind == TokenKind.Clitic)
            {
                i++;
            }

            var roles = 0;
            for (; i < end && i < start + 5; i++)
            {
                if (IsRole(i))
                {
                    roles++;
                }
                else if (_tokens[i].Kind != TokenKind.Word || !char.IsLower(_text[_tokens[i].Start]) || _lexicon.IsFunctionWord(Lower(i)))
                {
                    break;
                }
            }

            if (roles > 0 && i < end && _index.At(i) is { IsPerson: true } person && !IsPossessor(person))
            {
                holder = new Candidate(person.FirstToken, person.LastToken, person.Name, person.Entity, true, false);
            }

            return roles > 0;
        }

        /// <summary>Whether no clause boundary (comma, colon, semicolon, sentence end, quote mark, paragraph) lies between two tokens.</summary>
        private bool SameClause(int from, int to)
        {
            if (_sentenceOf[from] != _sentenceOf[to] || _paragraphOf[from] != _paragraphOf[to])
            {
                return false;
            }

            for (var i = from + 1; i < to; i++)
            {
                if (_markRole[i] != 0 || (_tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] is ',' or ':' or ';' or '(' or ')' or '–' or '-'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>"sie sagten", "stellten sie klar": plural sie is not one speaker.</summary>
        private bool IsPluralSie(int i)
        {
            if (Lower(i) != "sie")
            {
                return false;
            }

            static bool Plural(string w) => w.EndsWith("en", StringComparison.Ordinal);
            return (i + 1 < _tokens.Count && _tokens[i + 1].Kind == TokenKind.Word && Plural(Lower(i + 1)) && TryCue(i + 1, i + 2, out _))
                || (i > 0 && _tokens[i - 1].Kind == TokenKind.Word && Plural(Lower(i - 1)) && TryCue(i - 1, i, out _));
        }

        /// <summary>The last cue in [start, end), outside quotes.</summary>
        private Cue? LastCue(int start, int end)
        {
            Cue? last = null;
            for (var i = start; i < end; i++)
            {
                if (!_insideQuote[i] && TryCue(i, end, out var cue) && cue.Kind != CueKind.So)
                {
                    last = cue;
                }
            }

            return last;
        }

        /// <summary>Whether a cue word or phrase starts at token <paramref name="i"/> (its other words before <paramref name="end"/>).</summary>
        private bool TryCue(int i, int end, out Cue cue)
        {
            cue = default;
            var t = _tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                return false;
            }

            // Verbs are lower case; a capitalised form is a noun ("Frage", "Klage") unless it opens a sentence.
            if (char.IsUpper(_text[t.Start]) && !OpensSentence(i))
            {
                return false;
            }

            foreach (var form in _lexicon.Cues(_language, Lower(i)))
            {
                if (form.Rest.Length == 0)
                {
                    cue = new Cue(form.Kind, i, i);
                    return true;
                }

                // A separated particle may stand several words later in German ("stellte er klar"); English
                // phrases are contiguous ("according to", "pointed out").
                var window = _language == Language.English || form.Kind != CueKind.Verb ? form.Rest.Length : 8;
                var j = i + 1;
                var matched = 0;
                while (j < end && j <= i + window + matched && matched < form.Rest.Length)
                {
                    if (IsPunct(j, ',') || IsPunct(j, ':') || _markRole[j] != 0)
                    {
                        break;
                    }

                    if (string.Equals(Lower(j), form.Rest[matched], StringComparison.Ordinal))
                    {
                        matched++;
                        if (matched == form.Rest.Length)
                        {
                            cue = new Cue(form.Kind, i, j);
                            return true;
                        }
                    }
                    else if (window == form.Rest.Length)
                    {
                        break;
                    }

                    j++;
                }
            }

            // "what she calls …", "he notes": a present form that is also a noun is the verb right after a singular
            // personal pronoun, whose speaker that pronoun is.
            if (_language == Language.English && i > 0 && !_insideQuote[i - 1] && _lexicon.IsPronounCueEn(Lower(i))
                && _lexicon.PronounGender(Lower(i - 1)) is 'm' or 'f')
            {
                cue = new Cue(CueKind.Verb, i, i);
                return true;
            }

            return false;
        }

        private QuoteSpan CueSpan(Cue cue)
        {
            // A particle far from its verb ("stellte er am Montag klar") leaves the verb alone as the cue span.
            var last = cue.Last - cue.First <= 2 ? cue.Last : cue.First;
            var start = _tokens[cue.First].Start;
            var end = _tokens[last].End;
            return new QuoteSpan(_text[start..end], start, end);
        }

        /// <summary>Whether the quote opens a sentence or paragraph, or follows a colon (or "said,").</summary>
        private bool StandsAlone(int open)
        {
            var p = open - 1;
            if (p < 0 || _paragraphOf[p] != _paragraphOf[open])
            {
                return true;
            }

            if (_markRole[p] == 2 || IsSentenceEnd(p) || IsPunct(p, ':'))
            {
                return true;
            }

            return IsPunct(p, ',') && p > 0 && TryCue(p - 1, p, out var c) && c.Kind == CueKind.Verb;
        }

        /// <summary>
        /// A short term after an article that goes on in the author's phrase: the “last mile” of …. Not when the
        /// article follows the cue itself: "sprach von einem „inakzeptablen Ausfall“ und …" quotes the speaker's words.
        /// </summary>
        private bool IsTermInPhrase(QuotePair pair, string inner, Cue? cue)
        {
            if (WordCount(inner) > 3 || pair.OpenToken == 0)
            {
                return false;
            }

            var before = Lower(pair.OpenToken - 1);
            var afterIndex = pair.CloseToken + 1;
            if (IsModifiedGermanNoun(pair, inner))
            {
                return true;
            }

            // "in what he called “a local matter”": a naming verb that is the cue, with a named speaker or a pronoun
            // right before it as its subject, gives the words to that speaker; "what traders call “…”", "the so-called
            // “…”" have no one named and quote a term.
            if (_lexicon.IsTermMarker(before) && !NamingVerbWithSubject(pair.OpenToken - 1, cue))
            {
                return true;
            }

            // "das von vielen nur „Heizungsgesetz“ genannte Regelwerk": a naming participle after the quote says what
            // something is called, even inside a clause a cue gives to a speaker.
            if (afterIndex < _tokens.Count && _paragraphOf[afterIndex] == _paragraphOf[pair.CloseToken] && _tokens[afterIndex].Kind == TokenKind.Word
                && _lexicon.IsTermMarkerAfter(Lower(afterIndex)))
            {
                return true;
            }

            // "the final climb, known locally as “the staircase”": a naming word one or two
            // words before "as" names what follows, where "as" alone ("described as “…”") may quote a judgement. A naming
            // verb that is the cue itself has a speaker as its subject ("Müller nannte den Herbst als „…“"): what that
            // speaker names it as are the speaker's words.
            if (before is "as" or "als" && HasTermMarker(Math.Max(Math.Max(0, pair.OpenToken - 4), cue is { Kind: CueKind.Verb } named ? named.Last + 1 : 0), pair.OpenToken - 1))
            {
                return true;
            }

            var definite = before is "the" or "der" or "die" or "das" or "den" or "dem" or "des" or "im" or "ins" or "am" or "zum" or "zur" or "vom" or "beim";
            // A possessive determines the noun phrase as an article does ("under the company’s “customer outcomes” scheme").
            var article = definite || before is "a" or "an" or "ein" or "eine" or "einer" or "einem" or "einen" or "eines"
                || (_tokens[pair.OpenToken - 1].Kind == TokenKind.Clitic && before is "'s" or "’s" or "'" or "’") || before is "its" or "their";
            // "the “Save the Pier” campaign": a word after the quote that goes on with the noun phrase makes the quote
            // its modifier or name ("the “last mile” of the fight" too); a conjunction after it ("had a “mixed record” and …") ends
            // the phrase there.
            // A German lower-case word that ends the clause ("stehe eine „Woche der Wahrheit“ bevor, sagte er", "habe einen
            // „klaren Plan“ vorgelegt.") is the verb or its particle, which closes the clause, not the noun phrase going on.
            var goesOn = afterIndex < _tokens.Count && _paragraphOf[afterIndex] == _paragraphOf[pair.CloseToken]
                && ((_tokens[afterIndex].Kind == TokenKind.Word && Lower(afterIndex) is not ("and" or "or" or "but" or "und" or "oder" or "aber")
                        && !EndsGermanClause(afterIndex))
                    || _tokens[afterIndex].Start == _tokens[pair.CloseToken].End && _text[_tokens[afterIndex].Start] == '-');
            // "called it a “…”", "called the Energy Profits Levy a “…”": a naming verb an object of a few words (no
            // punctuation) before the article gives the words that follow it to its subject, like a cue right before
            // the article.
            // "sprach vom „Comeback des Jahres“": a cue that ends in its own preposition (with the article fused into it)
            // right before the quote takes the quoted words as its object too.
            var afterCue = cue is { } k && (k.Last == pair.OpenToken - 2
                || (k.Last == pair.OpenToken - 1 && k.Last > k.First && _lexicon.IsCuePreposition(Lower(k.Last)))
                || (k.Last < pair.OpenToken - 2 && pair.OpenToken - 2 - k.Last <= 5 && _lexicon.IsTermMarker(Lower(k.First)) && WordsOnly(k.Last + 1, pair.OpenToken - 1)));
            // "sagte Specht der „Ostsee-Zeitung“", "in der »Zeit«", "for “The Beet Campaign”": a short title in capitals
            // after a definite article names a paper or a work, and so does an English one of two words or more
            // anywhere in the author's sentence (English capitalises no common noun).
            // "den neuen Tarif „Dach & Fach Plus“": a German title of two words or more right after a noun is that
            // noun's name in apposition (a noun of running text takes no quoted words in capitals after it).
            var afterNoun = _language == Language.German && pair.OpenToken >= 2 && _tokens[pair.OpenToken - 1].Kind == TokenKind.Word
                && char.IsUpper(_text[_tokens[pair.OpenToken - 1].Start]) && _sentenceOf[pair.OpenToken - 2] == _sentenceOf[pair.OpenToken]
                && _tokens[pair.OpenToken - 2].Kind == TokenKind.Word && char.IsLower(_text[_tokens[pair.OpenToken - 2].Start]);
            // "sagte Lindner der „Rheinischen Post“", "erklärte er dem »Tagesspiegel«": a speech verb's dative object is
            // whom the words were given to, a paper named by its title; not the start of the speaker's words, which
            // "nannte es eine „…“" or "sprach von der „…“" (a naming verb, a preposition of the cue) are.
            var toldPaper = _language == Language.German && cue is { Kind: CueKind.Verb } told && told.First == told.Last
                && !_lexicon.IsTermMarker(Lower(told.First)) && before is "der" or "dem";
            if ((!afterCue || toldPaper) && IsTitle(inner) && (definite || (WordCount(inner) >= 2 && (_language == Language.English || afterNoun))))
            {
                return true;
            }

            // "warnte er vor einer „…“ im Markt", "warned of a “…” in the sector": the article after the cue verb's own
            // preposition (cue-prepositions.txt, a few words after the verb) opens the object the speaker speaks of, as
            // "sprach von einem „…“" does; not the title test above ("sagte er in der „Zeit“" still names a paper).
            var afterCuePreposition = cue is { Kind: CueKind.Verb } p && p.Last < pair.OpenToken - 2 && pair.OpenToken - 2 - p.Last <= 3
                && _lexicon.IsCuePreposition(Lower(pair.OpenToken - 2)) && WordsOnly(p.Last + 1, pair.OpenToken - 2);
            // "Arts Council England said the orchestra remained a “valued partner” and …": a predicate after a linking
            // verb in a clause a speech verb reports is the speaker's judgement of the subject, not a term.
            var predicate = article && cue is { Kind: CueKind.Verb } v && !_lexicon.IsTermMarker(Lower(v.First)) && v.Last < pair.OpenToken - 2
                && _tokens[pair.OpenToken - 2].Kind == TokenKind.Word && _lexicon.IsCopula(Lower(pair.OpenToken - 2));
            // "which Okafor said forced patients into a “hormone trade-off” between …": after an English indefinite
            // article, a preposition after the quote opens the speaker's phrase going on, not a name the quote gives
            // (a name is known, and takes the definite article: "the “last mile” of the fight").
            var indefiniteBeforePreposition = _language == Language.English && before is "a" or "an" && cue is { Kind: CueKind.Verb }
                && afterIndex < _tokens.Count && _tokens[afterIndex].Kind == TokenKind.Word && char.IsLower(_text[_tokens[afterIndex].Start])
                && _lexicon.IsFunctionWord(Lower(afterIndex));
            return (article && goesOn && !afterCue && !afterCuePreposition && !predicate && !indefiniteBeforePreposition) || (afterIndex < _tokens.Count && _tokens[afterIndex].Start == _tokens[pair.CloseToken].End && _text[_tokens[afterIndex].Start] == '-');
        }

        /// <summary>
        /// "verwies auf den 2021 geschlossenen „Zukunftsvertrag“": one German noun quoted after an inflected adjective
        /// of the author's, with an article a few words before, is the name of the thing the author's phrase describes;
        /// as with English "as self-employed “owner-drivers”", the modifier outside the quote shows that only the noun
        /// is quoted, not the speaker's judgement.
        /// </summary>
        private bool IsModifiedGermanNoun(QuotePair pair, string inner)
        {
            var p = pair.OpenToken - 1;
            if (_language != Language.German || p < 1 || !IsOneNoun(inner) || _tokens[p].Kind != TokenKind.Word || _insideQuote[p]
                || !char.IsLower(_text[_tokens[p].Start]))
            {
                return false;
            }

            var adjective = Lower(p);
            if (_lexicon.IsFunctionWord(adjective) || !(adjective.EndsWith('e') || adjective.EndsWith("en") || adjective.EndsWith("er") || adjective.EndsWith("es") || adjective.EndsWith("em")))
            {
                return false;
            }

            for (var i = p - 1; i >= 0 && p - i <= 4 && !_insideQuote[i] && _sentenceOf[i] == _sentenceOf[p]; i--)
            {
                if (Lower(i) is "der" or "die" or "das" or "den" or "dem" or "des" or "ein" or "eine" or "einen" or "einem" or "einer" or "eines"
                    or "im" or "ins" or "am" or "zum" or "zur" or "vom" or "beim")
                {
                    return true;
                }

                if (_tokens[i].Kind == TokenKind.Punctuation)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the naming word at token <paramref name="verb"/> is the cue verb itself with a singular pronoun or a
        /// known name right before it as its subject ("what he called", "was Müller nannte").
        /// </summary>
        private bool NamingVerbWithSubject(int verb, Cue? cue)
        {
            if (cue is not { Kind: CueKind.Verb } c || c.First != verb || c.Last != verb || verb < 1 || _insideQuote[verb - 1])
            {
                return false;
            }

            var subject = verb - 1;
            if (_index.At(subject) is null)
            {
                for (var m = subject - 1; m >= 0 && subject - m < 4; m--)
                {
                    if (_index.At(m) is { } mention)
                    {
                        return mention.LastToken == subject;
                    }
                }
            }

            return CandidateAt(subject, verb, false) is { } s && (s.Name is not null || (s.IsPronoun && s.Gender == '\0' && _lexicon.PronounGender(Lower(subject)) is 'm' or 'f'))
                && s.Last == subject;
        }

        /// <summary>
        /// Whether token <paramref name="i"/> is a German lower-case word right before the punctuation that ends a clause:
        /// in German word order the finite verb of a subordinate clause or the particle of a separable verb.
        /// </summary>
        private bool EndsGermanClause(int i) =>
            _language == Language.German && char.IsLower(_text[_tokens[i].Start]) && i + 1 < _tokens.Count && _tokens[i + 1].Kind == TokenKind.Punctuation
            && _text[_tokens[i + 1].Start] is ',' or '.' or ';' or '!' or '?';

        /// <summary>Whether every token of <c>[start, end)</c> is a word or clitic outside a quote.</summary>
        private bool WordsOnly(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (_insideQuote[i] || _tokens[i].Kind is not (TokenKind.Word or TokenKind.Clitic))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether every word of <paramref name="inner"/> starts with a capital or a digit, short linking words inside
        /// aside ("The Salt of the Earth", "Land mit Zukunft"), and no sentence mark ends it.
        /// </summary>
        private bool IsTitle(string inner)
        {
            var words = inner.Trim().TrimEnd(',').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || !char.IsUpper(words[0][0]) || words[^1][^1] is '.' or '!' or '?' or ':')
            {
                return false;
            }

            for (var w = 1; w < words.Length; w++)
            {
                // "&" links two words of a name ("Dach & Fach Plus") like "and".
                if (!char.IsUpper(words[w][0]) && !char.IsDigit(words[w][0]) && words[w] != "&" && (w == words.Length - 1 || !_lexicon.IsFunctionWord(words[w])))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// „Wir bleiben hier“, versicherte Vogel, „ganz egal, wer …“: a quote that the speaker's own direct quote and the
        /// cue inserted between commas lead into is the rest of that quote, direct even when it starts in lower case.
        /// </summary>
        private bool ResumesQuote(QuotePair pair, Attribution? previous, string name)
        {
            if (previous is null || previous.Speaker != name || previous.CloseToken >= pair.OpenToken - 2
                || pair.OpenToken - previous.CloseToken > MaxRegion || _paragraphOf[previous.CloseToken] != _paragraphOf[pair.OpenToken]
                || !IsPunct(pair.OpenToken - 1, ',')
                || !(IsPunct(previous.CloseToken + 1, ',') || IsPunct(previous.CloseToken - 1, ',')))
            {
                return false; // "…“, sagte X, „…" in German, "…,” said X, “…" in English
            }

            for (var i = previous.CloseToken + 1; i < pair.OpenToken; i++)
            {
                if (_insideQuote[i] || IsSentenceEnd(i))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The speaker of the sentence right before a quote that opens the next sentence of the paragraph, when that
        /// sentence ends in a speech frame after a comma ("…, he said.", "…“, sagte Specht der „Ostsee-Zeitung“."); null
        /// otherwise. A cue verb that is the sentence's own verb ("… gegen Starkregen versichert.") frames nothing.
        /// </summary>
        private Candidate? FramingSpeakerBefore(int open)
        {
            // The sentence may also end the paragraph before one that the quote opens ("Edward Pine told the Courier
            // that the family backed the deal.¶“My grandfather …”"): a paragraph of the speaker's words without a cue
            // goes on from the reported speech that leads into it.
            var end = open - 1;
            if (end <= 0 || _paragraphOf[end] + 1 < _paragraphOf[open] || !IsSentenceEnd(end))
            {
                return null;
            }

            var start = SentenceStart(end);
            if (LastCue(start, end) is not { Kind: CueKind.Verb } cue)
            {
                return null;
            }

            // "He added that the company had agreed a loan …. “…”": a cue verb inside the clause an earlier cue reports
            // is part of the reported words; the reporting verb frames the sentence.
            if (OuterReporter(start, cue, end) is { } outer)
            {
                cue = outer.Cue;
            }
            else if (OpeningCue(start, end) is { } openingCue && openingCue.First < cue.First)
            {
                // "Bell said the group would write to the Treasury. “…”": a sentence that opens with a name or pronoun and a
                // speech verb reports all that follows, with or without "that"; a later cue verb is inside the reported words.
                cue = openingCue;
            }

            var clause = cue.First;
            while (clause > start && !IsPunct(clause - 1, ','))
            {
                clause--;
            }

            // "Rose said he had no plans … “Nineteen seconds …”": a sentence that opens with its speaker and the cue frames
            // the quote after it too; a cue far into a first clause ("Derzeit sei … gegen Starkregen versichert") may be
            // a verb of another sense and find no speaker.
            // "Edward Pine, the bank’s chairman and a grandson of its founder, told the Courier that …": a comma right
            // before the verb closes an apposition; the person named first in the sentence, before the apposition's
            // comma, is the subject.
            var speaker = clause > start || cue.First - start <= 3 ? SpeakerOf(cue, clause, end) : null;
            if (speaker is null && clause == cue.First && CandidateAt(start, cue.First, false) is { IsPerson: true, IsPronoun: false } opening
                && opening.Last + 1 < cue.First && IsPunct(opening.Last + 1, ','))
            {
                speaker = opening;
            }

            // "The Conservative group leader, Cllr Peter Gold, said the administration …": a description opens the
            // sentence and the person named in apposition after it, right before the comma before the verb, is its subject.
            if (speaker is null && clause == cue.First && cue.First - 2 > start && IsPunct(cue.First - 1, ','))
            {
                speaker = SubjectInAppositionBefore(start, cue.First - 1);
            }

            if (speaker is null)
            {
                return null;
            }

            // "“…,” Fairlie, 19, told BBC Sportsound. “…”": when the sentence attributes a quote of its own and names the
            // verb's subject before it, a name after the verb is whom the words were told to; the quote after goes on
            // with the earlier quote's speaker.
            return speaker.Value.First > cue.Last && SubjectAfterQuoteBefore(start, cue.First) ? null : speaker;
        }

        /// <summary>
        /// The speech verb right after the speaker that opens the sentence at <paramref name="start"/> ("Bell said …",
        /// "She told …"); null when the sentence opens otherwise.
        /// </summary>
        private Cue? OpeningCue(int start, int end) =>
            CandidateAt(start, end, false) is { } subject && (subject.IsPerson || subject.IsPronoun) && subject.Last + 1 < end
            && TryCue(subject.Last + 1, end, out var cue) && cue.Kind == CueKind.Verb ? cue : null;

        /// <summary>
        /// The person named between commas at the end of <c>[start, comma)</c> after a description of a few words that
        /// opens the sentence ("The Conservative group leader, Cllr Peter Gold," before "said"), titles before the name
        /// skipped; null when the description holds anything but words, neither opens with an article or possessive nor
        /// holds a role word, or no person ends there.
        /// </summary>
        private Candidate? SubjectInAppositionBefore(int start, int comma)
        {
            // The mention that ends right before the comma: names are short, so a few steps back find its first token.
            for (var first = comma - 1; first > start && first >= comma - 4; first--)
            {
                if (_index.At(first) is not { IsPerson: true } person || person.LastToken != comma - 1 || IsPossessor(person))
                {
                    continue;
                }

                var k = first - 1;
                while (k > start && (IsRole(k) || IsPunct(k, '.')))
                {
                    k--; // "Cllr", "Dr."
                }

                if (k <= start + 1 || !IsPunct(k, ',') || k - start > 10)
                {
                    return null;
                }

                var hasRole = false;
                for (var d = start; d < k; d++)
                {
                    if (_insideQuote[d] || _tokens[d].Kind is not (TokenKind.Word or TokenKind.Clitic))
                    {
                        return null;
                    }

                    hasRole |= IsRole(d);
                }

                // A noun phrase opens with an article or possessive ("The group leader", "Its chairman") or holds a role.
                hasRole |= Lower(start) is "the" or "its" or "his" or "her" or "their" or "der" or "die" or "das";
                return hasRole ? new Candidate(person.FirstToken, person.LastToken, person.Name, person.Entity, true, false) : null;
            }

            return null;
        }

        /// <summary>Whether the quoted words end with a sentence mark of their own (".", "!", "?", "…").</summary>
        private static bool EndsSentence(string inner)
        {
            var words = inner.AsSpan().TrimEnd();
            return words.Length > 0 && words[^1] is '.' or '!' or '?' or '…';
        }

        /// <summary>Whether a speaker candidate stands between the last closing mark in [start, verb) and the verb.</summary>
        private bool SubjectAfterQuoteBefore(int start, int verb)
        {
            var close = verb - 1;
            while (close >= start && _markRole[close] != 2)
            {
                close--;
            }

            if (close < start)
            {
                return false;
            }

            for (var i = close + 1; i < verb; i++)
            {
                if (CandidateAt(i, verb, false) is { } subject && !AfterPreposition(subject.First, close + 1))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>„Zimmer Nr. 5“ feiert …: the author's sentence goes on with a lower-case word after the quote.</summary>
        private bool FollowedByAuthorWords(int close)
        {
            var next = close + 1;
            return next < _tokens.Count && _paragraphOf[next] == _paragraphOf[close]
                && (_tokens[next].Kind == TokenKind.Word && char.IsLower(_text[_tokens[next].Start])
                    || _tokens[next].Start == _tokens[close].End && _text[_tokens[next].Start] == '-');
        }

        /// <summary>
        /// Whether a quote without a cue goes on the words of the previous direct quote: in the same paragraph, or
        /// as the next paragraph when the previous paragraph ended with that quote and at most its attribution.
        /// </summary>
        private bool Continues(QuotePair pair, Attribution? previous)
        {
            if (previous is null)
            {
                return false;
            }

            var paragraph = _paragraphOf[pair.OpenToken];
            if (paragraph == previous.Paragraph)
            {
                return true;
            }

            if (paragraph != previous.Paragraph + 1 || (pair.OpenToken > 0 && _paragraphOf[pair.OpenToken - 1] == paragraph))
            {
                return false;
            }

            var sentenceEnds = 0;
            for (var i = previous.CloseToken + 1; i < pair.OpenToken; i++)
            {
                if (i - previous.CloseToken > 60)
                {
                    return false;
                }

                if (!_insideQuote[i] && IsSentenceEnd(i))
                {
                    sentenceEnds++;
                }
            }

            return sentenceEnds <= 1;
        }

        /// <summary>
        /// True when the quote is the second fragment of one sentence joined to the attributed fragment before it by
        /// a conjunction ("… "A" and that … "B"", "„A“ und „B“"): both are under the first one's cue.
        /// </summary>
        private bool SharesCue(QuotePair pair, Attribution? previous)
        {
            if (previous is null || previous.CloseToken >= pair.OpenToken || pair.OpenToken - previous.CloseToken > 30
                || _sentenceOf[previous.CloseToken] != _sentenceOf[pair.OpenToken] || _markRole[previous.CloseToken] != 2)
            {
                return false;
            }

            var next = previous.CloseToken + 1;
            return next < pair.OpenToken && IsConjunction(next)
                || IsRelativeClauseOpening(pair.OpenToken)
                || ContinuesVerbPhrase(next, pair.OpenToken);
        }

        private bool IsConjunction(int i) => Lower(i) is "and" or "und" or "but" or "aber" or "or" or "oder";

        /// <summary>
        /// "She said the crew had “got away with” a messy start and would “not be allowed that luxury”", "… had been
        /// asked to “do more with less” by the department and had to “make hard choices”": a second fragment that a
        /// conjunction joins to the first and an auxiliary or "to" opens goes on the same speaker's reported verb
        /// phrase. Scare quotes stand after an article or adjective instead.
        /// </summary>
        private bool ContinuesVerbPhrase(int start, int open)
        {
            if (open - 1 < start || _tokens[open - 1].Kind != TokenKind.Word
                || !(_lexicon.IsAuxiliary(Lower(open - 1)) || Lower(open - 1) is "to" or "zu"))
            {
                return false;
            }

            for (var i = start; i < open - 1; i++)
            {
                if (_insideQuote[i] || TryCue(i, open, out _))
                {
                    return false;
                }
            }

            for (var i = start; i < open - 1; i++)
            {
                if (IsConjunction(i))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// „sprach von einem »verdienten Sieg« seiner Mannschaft, die »nie aufgehört hat …«": a German relative
        /// pronoun after a comma right before the mark, so that the quote goes on the cited speaker's sentence.
        /// </summary>
        private bool IsRelativeClauseOpening(int open) =>
            open >= 2 && _tokens[open - 1].Kind == TokenKind.Word && Lower(open - 1) is "die" or "der" or "das" or "welche" or "welcher" or "welches"
            && IsPunct(open - 2, ',');

        /// <summary>The tokens before an opening mark back to the sentence start (or the previous quote, or a colon).</summary>
        private (int Start, int End) BeforeRegion(int open)
        {
            var end = open;

            // A quote that opens a paragraph has nothing before it, unless the previous paragraph ends with
            // "he said:", which introduces it.
            if (open > 0 && _paragraphOf[open - 1] != _paragraphOf[open] && !IsPunct(open - 1, ':'))
            {
                return (open, open);
            }

            var start = end;
            while (start > 0 && end - start < MaxRegion)
            {
                var p = start - 1;
                if (_paragraphOf[p] != _paragraphOf[end - 1] || _markRole[p] == 2 || IsSentenceEnd(p) || (p < end - 1 && IsPunct(p, ':')))
                {
                    break;
                }

                start--;
            }

            return (start, end);
        }

        /// <summary>The tokens after a closing mark up to the sentence end, the next quote or the paragraph end.</summary>
        private (int Start, int End) AfterRegion(int close)
        {
            var start = close + 1;
            var end = start;
            while (end < _tokens.Count && end - start < MaxRegion && _paragraphOf[end] == _paragraphOf[close] && _markRole[end] != 1 && !IsSentenceEnd(end))
            {
                end++;
            }

            return (start, end);
        }

        private int SkipRoles(int i, int end)
        {
            while (i < end && IsRole(i))
            {
                i++;
            }

            return i;
        }

        /// <summary>
        /// German definite descriptions of one person refer back like a pronoun: "sagte die pensionierte Lehrerin",
        /// "Der Steuerberater aus Oedeme sprach von …". The article, up to two adjectives, then a role word (or, where
        /// an unknown name is allowed, any capitalised noun) with no name and no genitive after it ("der Sprecher des
        /// Konzerns" is somebody else). "die" needs a feminine noun in -in: "die Forscher" are many. Returns the
        /// gender the article gives ('m' or 'f'), or '\0' when the words are no such description.
        /// </summary>
        private char DescriptionGender(int i, int end, bool allowUnknown)
        {
            var age = IsAgeNoun(i);
            var kinGender = _language == Language.German ? _lexicon.KinshipGenderDe(Lower(i)) : '\0';
            var kin = kinGender != '\0';
            if (_language != Language.German || !(age || _index.IsCapitalisedWord(i)) || _lexicon.IsFunctionWord(Lower(i)) || !(age || kin || IsRole(i) || allowUnknown))
            {
                return '\0';
            }

            // A kinship noun keeps its genitive of a common noun ("die Enkelin des Gründers" is still the one person the
            // article named); a genitive that names somebody ("die Tochter des Bürgermeisters Max Roth") does not.
            var next = i + 1;
            if (next < _tokens.Count && _paragraphOf[next] == _paragraphOf[i] && _tokens[next].Kind == TokenKind.Word
                && (_index.IsCapitalisedWord(next) || (Lower(next) is "des" or "der" && !(kin && IsCommonNounGenitive(next)))))
            {
                return '\0';
            }

            var a = i - 1;
            while (a >= 0 && i - a <= 2 && _tokens[a].Kind == TokenKind.Word && char.IsLower(_text[_tokens[a].Start]) && !_lexicon.IsFunctionWord(Lower(a)))
            {
                a--;
            }

            if (a < 0 || _tokens[a].Kind != TokenKind.Word || (char.IsUpper(_text[_tokens[a].Start]) && !OpensSentence(a)))
            {
                return '\0';
            }

            return Lower(a) switch
            {
                "der" when kinGender != 'f' => 'm', // "der Tochter" is a dative or genitive, not a subject
                "die" when Lower(i).EndsWith("in", StringComparison.Ordinal) || (age && Lower(i).EndsWith('e')) || kinGender == 'f' => 'f',
                _ => '\0',
            };
        }

        /// <summary>
        /// "des Gründers", "der Familie": the genitive article <paramref name="article"/> and a capitalised noun after it that
        /// no name follows and that is no name itself: a genitive of a common noun.
        /// </summary>
        private bool IsCommonNounGenitive(int article)
        {
            var noun = article + 1;
            if (noun >= _tokens.Count || _paragraphOf[noun] != _paragraphOf[article] || _tokens[noun].Kind != TokenKind.Word
                || !_index.IsCapitalisedWord(noun) || _index.At(noun) is not null || _index.IsBlocked(noun))
            {
                return false;
            }

            var after = noun + 1;
            return after >= _tokens.Count || _paragraphOf[after] != _paragraphOf[noun] || _tokens[after].Kind != TokenKind.Word
                || !_index.IsCapitalisedWord(after) || _index.At(after) is null;
        }

        /// <summary>
        /// "the Italian", "the veteran Scot", "the 31-year-old": "the", at most two lower-case words, then a nationality
        /// noun or an age ("31-year-old") with no name, possessive or "of" after it ("the Italian Marco Rossi" names
        /// the speaker; "the Italian’s coach" is somebody else).
        /// </summary>
        private bool IsEnglishDescription(int i)
        {
            if (_language != Language.English || _tokens[i].Kind != TokenKind.Word || !(IsEnglishAgeNoun(i) || IsNationalityWord(i)))
            {
                return false;
            }

            var next = i + 1;
            if (next < _tokens.Count && _paragraphOf[next] == _paragraphOf[i]
                && (_tokens[next].Kind == TokenKind.Clitic || Lower(next) == "of" || (_tokens[next].Kind == TokenKind.Word && _index.IsCapitalisedWord(next))))
            {
                return false;
            }

            var a = i - 1;
            while (a >= 0 && i - a <= 2 && _tokens[a].Kind == TokenKind.Word && char.IsLower(_text[_tokens[a].Start]) && !_lexicon.IsFunctionWord(Lower(a)))
            {
                a--;
            }

            return a >= 0 && _tokens[a].Kind == TokenKind.Word && Lower(a) == "the";
        }

        /// <summary>"31-year-old": an English age used as a noun.</summary>
        private bool IsEnglishAgeNoun(int i)
        {
            var lower = Lower(i);
            return char.IsDigit(lower[0]) && lower.EndsWith("-year-old", StringComparison.Ordinal);
        }

        /// <summary>A capitalised nationality word (<see cref="QuoteLexicon.IsNationalityWord"/>).</summary>
        private bool IsNationalityWord(int i) => QuoteLexicon.IsNationalityWord(_tokens[i].Span, _language);

        /// <summary>"22-Jährige", "57-jähriger": an age made a noun describes one person, as a role word does.</summary>
        private bool IsAgeNoun(int i)
        {
            var lower = Lower(i);
            return _tokens[i].Kind == TokenKind.Word && char.IsDigit(lower[0])
                && (lower.EndsWith("-jährige", StringComparison.Ordinal) || lower.EndsWith("-jähriger", StringComparison.Ordinal));
        }

        private bool IsRole(int i) => _tokens[i].Kind == TokenKind.Word && _lexicon.IsRoleWord(Lower(i), out _);

        /// <summary>Whether a preposition (perhaps with an article or adjective) at or after <paramref name="floor"/> comes right before token <paramref name="i"/>.</summary>
        private bool AfterPreposition(int i, int floor = 0)
        {
            for (var p = i - 1; p >= floor && p >= i - 3; p--)
            {
                if (_tokens[p].Kind != TokenKind.Word)
                {
                    return false;
                }

                var lower = Lower(p);
                if (_lexicon.IsPreposition(lower))
                {
                    return true;
                }

                if (char.IsUpper(_text[_tokens[p].Start]) && !_lexicon.IsFunctionWord(lower))
                {
                    return false;
                }
            }

            return false;
        }

        private bool OpensSentence(int i) => i == 0 || IsSentenceEnd(i - 1) || _markRole[i - 1] != 0 || IsPunct(i - 1, ':') || _paragraphOf[i - 1] != _paragraphOf[i];

        /// <summary>The first token of the sentence of token <paramref name="i"/>, within its paragraph.</summary>
        private int SentenceStart(int i)
        {
            var start = i;
            while (start > 0 && _sentenceOf[start - 1] == _sentenceOf[i] && _paragraphOf[start - 1] == _paragraphOf[i])
            {
                start--;
            }

            return start;
        }

        private bool IsSentenceEnd(int i)
        {
            var t = _tokens[i];
            return t.Kind == TokenKind.Punctuation && _text[t.Start] is '.' or '!' or '?';
        }

        private bool IsPunct(int i, char c)
        {
            var t = _tokens[i];
            return t.Kind == TokenKind.Punctuation && t.Length == 1 && _text[t.Start] == c;
        }

        // Attribution looks at the same few tokens around each quote several times; fold each once.
        private string Lower(int i) => _lower[i] ??= _tokens[i].Text.ToLowerInvariant();

        // A hyphen between letters joins a compound into one word ("out-of-area placements" is two words, a term's length,
        // not four), as a space would not.
        private static int WordCount(string s)
        {
            var count = 0;
            var inWord = false;
            for (var k = 0; k < s.Length; k++)
            {
                var ch = s[k];
                var letter = char.IsLetterOrDigit(ch);
                if (letter && !inWord)
                {
                    count++;
                }

                // A hyphen or an apostrophe between letters joins one word ("trade-off", "Britain’s", "don't").
                inWord = letter || (inWord && ch is '-' or '\u2011' or '\'' or '\u2019' && k + 1 < s.Length && char.IsLetterOrDigit(s[k + 1]));
            }

            return count;
        }
    }
}
