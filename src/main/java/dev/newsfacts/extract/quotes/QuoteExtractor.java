package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.language.LanguageProfiles;
import dev.newsfacts.extract.language.MarkPair;
import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.people.PersonIndex;
import dev.newsfacts.model.Dateline;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Quotes with their speakers, in two stages: the sieves of {@link SieveOrder} link each quote
 * to the words naming its source, then {@link SpeakerResolver} links those words to a person.
 */
public final class QuoteExtractor {
  private final QuoteMarkScanner scanner;
  private final SpeechLexicon lexicon;
  private final List<CandidateGenerator> generators = SieveOrder.generators();
  private final List<Sieve> sieves = SieveOrder.sieves();
  private final Predicate<String> knownPlace;

  public QuoteExtractor() {
    this(SpeechLexicon.english(), LanguageProfiles.englishMarks());
  }

  public QuoteExtractor(SpeechLexicon lexicon) {
    this(lexicon, LanguageProfiles.englishMarks());
  }

  /** @param marks the fixed quotation mark pairs of the language profile (« », „ “), beside double quotes */
  public QuoteExtractor(SpeechLexicon lexicon, List<MarkPair> marks) {
    this(lexicon, marks, ColonDateline.NONE.knownPlace());
  }

  /** @param knownPlace whether the gazetteer knows a place so named ("Kuala Lumpur"): "KUALA LUMPUR:" is no speaker */
  public QuoteExtractor(Predicate<String> knownPlace) {
    this(SpeechLexicon.english(), LanguageProfiles.englishMarks(), knownPlace);
  }

  private QuoteExtractor(SpeechLexicon lexicon, List<MarkPair> marks, Predicate<String> knownPlace) {
    this.lexicon = lexicon;
    this.knownPlace = knownPlace;
    this.scanner = new QuoteMarkScanner(marks);
  }

  public List<Quote> extract(AnnotatedText at, PersonIndex people) {
    return extract(at, people, null);
  }

  /** @param dateline the article's dateline, or null: before a colon ("NEW DELHI:") it is no speaker */
  public List<Quote> extract(AnnotatedText at, PersonIndex people, Dateline dateline) {
    QuoteContext ctx = new QuoteContext(at, lexicon, scanner.scan(at.text(), at.paragraphs()), people,
        new ColonDateline(knownPlace, dateline));
    for (CandidateGenerator g : generators) ctx.add(g.generate(ctx));
    for (Sieve s : sieves) s.apply(ctx);

    SpeakerResolver resolver = new SpeakerResolver(at, people, new ParagraphSubject(at, people, ctx.sources::subjectPastApposition),
        new PrecedingParagraphSubject(at, people, ctx.sources::subjectPastApposition));
    List<Quote> out = new ArrayList<>();
    for (Candidate c : ctx.candidates()) {
      Speaker sp = resolver.resolve(c);
      TextSpan cue = null;
      if (c.cue != null) {
        int a = at.tokens().get(c.cue.start()).start();
        int b = at.tokens().get(c.cue.end() - 1).end();
        cue = new TextSpan(a, b, at.text().substring(a, b));
      }
      double conf = c.attributed() ? c.confidence : 0.4;
      out.add(new Quote("q" + (out.size() + 1), c.kind, at.text().substring(c.start, c.end), c.start, c.end, sp, cue,
          conf));
    }
    return out;
  }
}
