package dev.newsfacts.extract.language;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.quotes.QuoteMarkScanner;
import dev.newsfacts.extract.quotes.QuotedSpan;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotes and their speakers in French, German and Spanish, by the profile's rules: words in the
 * profile's quotation marks or on a dialogue line; the speaker from a speech verb after the quote
 * ("», a déclaré X", "», a-t-il affirmé", "“, sagte er", "», dijo X"), before it ("X a déclaré : «",
 * "Selon X, «"), or inside it (the French and Spanish incise "« A, a déclaré X. B »", "—A —dijo X—");
 * a quote without a cue takes the speaker of the quote next to it. Thread-safe: no state between calls.
 */
public final class ProfileQuoteExtractor {
  /** Spans this short without a cue are names or scare quotes (« gilets jaunes »), not speech. */
  private static final int MAX_UNCUED_WORDS = 3;
  private static final int SPEAKER_MEMORY_PARAGRAPHS = 3;
  private final LanguageProfile profile;
  private final Names names;
  private final Cues cues;
  private final QuoteMarkScanner scanner;

  public ProfileQuoteExtractor(LanguageProfile profile, GivenNames given) {
    this.profile = profile;
    this.names = new Names(profile, given);
    this.cues = new Cues(profile, names);
    this.scanner = new QuoteMarkScanner(profile.marks());
  }

  /** One quote before its speaker is resolved. */
  private static final class Piece {
    final int start;
    final int end;
    final int openMark;
    final int paragraph;
    final QuoteKind kind;
    Attribution by;
    Resolution how = Resolution.EXPLICIT;

    Piece(int start, int end, int openMark, int paragraph, QuoteKind kind, Attribution by) {
      this.start = start;
      this.end = end;
      this.openMark = openMark;
      this.paragraph = paragraph;
      this.kind = kind;
      this.by = by;
    }
  }

  public List<Quote> extract(AnnotatedText at) {
    String text = at.text();
    List<Word> words = Word.in(text, 0, text.length());
    List<Names.Found> people = names.all(text, words);
    List<QuotedSpan> spans = new ArrayList<>(scanner.scan(text, at.paragraphs()));
    if (profile.dialogueDash()) spans.addAll(DialogueLines.find(text, at.paragraphs(), spans));
    spans.sort(java.util.Comparator.comparingInt(QuotedSpan::openMark));
    List<Piece> pieces = new ArrayList<>();
    QuotedSpan previous = null;
    for (QuotedSpan s : spans) {
      int clauseStart = Math.max(at.sentenceAt(s.openMark()).start(), previous == null ? 0 : previous.after());
      previous = s;
      pieces.addAll(pieces(text, words, at, s, clauseStart));
    }
    inherit(pieces);
    return resolve(text, words, people, pieces);
  }

  private List<Piece> pieces(String text, List<Word> words, AnnotatedText at, QuotedSpan s, int clauseStart) {
    List<Piece> out = new ArrayList<>();
    int paraEnd = at.paragraphs().get(s.paragraph())[1];
    QuoteKind kind = partial(text, s, at.paragraphs().get(s.paragraph())[0]) ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
    if (profile.dialogueDash()) {
      Cues.Incise inc = cues.incise(text, words, s.start(), s.end());
      if (inc != null) {
        out.add(new Piece(s.start(), trimEnd(text, s.start(), inc.quoteEnd()), s.openMark(), s.paragraph(), kind, inc.by()));
        if (inc.resume() < s.end() && Word.in(text, inc.resume(), s.end()).size() >= 2) {
          out.add(new Piece(inc.resume(), s.end(), inc.resume(), s.paragraph(), QuoteKind.DIRECT, inc.by()));
        }
        return out;
      }
    }
    Attribution by = cues.after(text, words, s.after(), paraEnd);
    if (by == null) by = cues.before(text, words, clauseStart, s.openMark());
    int count = Word.in(text, s.start(), s.end()).size();
    if (by == null && count <= MAX_UNCUED_WORDS) return out;
    out.add(new Piece(s.start(), s.end(), s.openMark(), s.paragraph(), kind, by));
    return out;
  }

  /** A fragment inside a sentence ("a qualifié de « désastre »", "sprach von „Chaos“"), not a whole statement. */
  private static boolean partial(String text, QuotedSpan s, int paraStart) {
    int k = s.openMark() - 1;
    while (k >= paraStart && Character.isSpaceChar(text.charAt(k)) || k >= paraStart && Character.isWhitespace(text.charAt(k))) k--;
    return k >= paraStart && Character.isLetterOrDigit(text.charAt(k)) && Character.isLowerCase(text.charAt(s.start()));
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || Character.isSpaceChar(text.charAt(end - 1))
        || ",;—–".indexOf(text.charAt(end - 1)) >= 0)) end--;
    return end;
  }

  /**
   * A quote without a cue takes the speaker of the quote before it in its paragraph, else of the one after
   * it, else (when it opens its paragraph) of the last quote of the paragraph before: a quote running on.
   */
  private static void inherit(List<Piece> pieces) {
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      if (p.by != null) continue;
      Piece prev = i > 0 ? pieces.get(i - 1) : null;
      Piece next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
      if (prev != null && prev.by != null && prev.paragraph == p.paragraph) {
        p.by = prev.by;
      } else if (next != null && next.by != null && next.paragraph == p.paragraph) {
        p.by = next.by;
      } else if (prev != null && prev.by != null && prev.paragraph == p.paragraph - 1) {
        p.by = prev.by;
      } else {
        continue;
      }
      p.how = Resolution.NEARBY;
    }
  }

  private List<Quote> resolve(String text, List<Word> words, List<Names.Found> people, List<Piece> pieces) {
    List<Quote> out = new ArrayList<>();
    Roles roles = new Roles(text, words, people, names);
    String lastSpeaker = null;
    char lastGender = 0;
    int lastParagraph = -10;
    for (Piece p : pieces) {
      Attribution a = p.by;
      Speaker sp;
      TextSpan cue = null;
      if (a == null) {
        sp = new Speaker(null, null, null, null, Resolution.NONE, null);
      } else {
        if (a.cueStart() >= 0) cue = new TextSpan(a.cueStart(), a.cueEnd(), text.substring(a.cueStart(), a.cueEnd()));
        TextSpan mention = new TextSpan(a.start(), a.end(), text.substring(a.start(), a.end()));
        String name = null;
        String description = null;
        Resolution how = p.how;
        if (a.isPronoun()) {
          if (a.pronoun() != 'P') {
            if (lastSpeaker != null && compatible(lastGender, a.pronoun()) && p.paragraph - lastParagraph <= SPEAKER_MEMORY_PARAGRAPHS) {
              name = lastSpeaker;
            } else {
              Names.Found f = latestCompatible(people, a.start(), a.pronoun());
              if (f != null) name = Names.fullest(f.name(), people);
            }
          }
          if (name == null) description = mention.text();
          if (how == Resolution.EXPLICIT) how = Resolution.PRONOUN;
        } else if (a.name() != null) {
          name = Names.fullest(a.name(), people);
        } else {
          name = roles.personBefore(a.description(), a.start());
          if (name == null) description = a.description();
        }
        if (name != null) {
          lastGender = genderOf(name, people);
          lastSpeaker = name;
          lastParagraph = p.paragraph;
        }
        sp = new Speaker(name, null, description, mention, how, a.rule());
      }
      double confidence = a == null ? 0.4 : p.how == Resolution.NEARBY ? 0.7 : a.isPronoun() ? 0.8 : 0.9;
      out.add(new Quote("q" + (out.size() + 1), p.kind, text.substring(p.start, p.end), p.start, p.end, sp, cue,
          confidence));
    }
    return out;
  }

  private static boolean compatible(char personGender, char pronoun) {
    return personGender == 0 || personGender == pronoun;
  }

  private static char genderOf(String fullName, List<Names.Found> people) {
    for (Names.Found f : people) {
      if (f.gender() != 0 && fullName.endsWith(f.last()) && Names.fullest(f.name(), people).equals(fullName)) return f.gender();
    }
    return 0;
  }

  private static Names.Found latestCompatible(List<Names.Found> people, int before, char pronoun) {
    Names.Found best = null;
    for (Names.Found f : people) {
      if (f.start() >= before) break;
      if (compatible(genderOf(Names.fullest(f.name(), people), people), pronoun)) best = f;
    }
    return best;
  }
}
