package dev.newsfacts.extract.language;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.CharSpan;
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
    boolean open;

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
    List<Names.Found> people = names.withSurnames(text, words);
    List<QuotedSpan> spans = new ArrayList<>(scanner.scan(text, at.paragraphs()));
    spans.sort(java.util.Comparator.comparingInt(QuotedSpan::openMark));
    spans.addAll(ContinuedQuotes.find(text, at.paragraphs(), spans, profile.marks()));
    if (profile.dialogueDash()) spans.addAll(DialogueLines.find(text, at.paragraphs(), spans));
    spans.sort(java.util.Comparator.comparingInt(QuotedSpan::openMark));
    List<Piece> pieces = new ArrayList<>();
    QuotedSpan previous = null;
    for (QuotedSpan s : spans) {
      int sentence = at.sentenceAt(s.openMark()).start();
      int clauseStart = Math.max(sentence, previous == null ? 0 : previous.after());
      List<Piece> found = pieces(text, words, at, s, clauseStart);
      Piece before = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
      if (found.isEmpty() && before != null && before.by != null && previous != null
          && at.sentenceAt(previous.openMark()).start() == sentence) {
        // "a salué « un pas », tout en jugeant le projet « trop timide »": a short fragment after a cued
        // quote of the same sentence is more of the same speaker's words
        found = List.of(new Piece(s.start(), s.end(), s.openMark(), s.paragraph(), QuoteKind.PARTIAL, before.by));
      }
      previous = s;
      for (Piece f : found) f.open = !s.closed() && f.end == s.end();
      pieces.addAll(found);
    }
    // "un manuscrit « tapé en police Comic Sans ». « J'ai failli …, avoue-t-elle »": a name inside quoted words
    // is what someone talked about, never the one a pronoun or a role after the quote stands for
    List<Names.Found> outside = new ArrayList<>();
    for (Names.Found f : people) {
      boolean inside = false;
      for (QuotedSpan s : spans) inside |= f.start() >= s.start() && f.end() <= s.end();
      if (!inside) outside.add(f);
    }
    inherit(pieces, outside, at);
    return resolve(at, people, outside, pieces);
  }

  private List<Piece> pieces(String text, List<Word> words, AnnotatedText at, QuotedSpan s, int clauseStart) {
    List<Piece> out = new ArrayList<>();
    int paraEnd = at.paragraphs().get(s.paragraph()).end();
    QuoteKind kind = partial(text, s, at.paragraphs().get(s.paragraph()).start()) ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
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
    if (by == null) by = sentenceEndCue(text, words, at, s, paraEnd);
    if (by == null) by = reportedSpeechGoingOn(text, words, at, s);
    int count = Word.in(text, s.start(), s.end()).size();
    if (by == null && count <= MAX_UNCUED_WORDS) return out;
    out.add(new Piece(s.start(), s.end(), s.openMark(), s.paragraph(), kind, by));
    return out;
  }

  /**
   * "Die erste Halbzeit sei „nicht gut“ gewesen, räumte der Trainer ein": a cue set off by a comma later in
   * the quote's sentence, after words of its own, names the speaker of the whole sentence.
   */
  private Attribution sentenceEndCue(String text, List<Word> words, AnnotatedText at, QuotedSpan s, int paraEnd) {
    int end = Math.min(paraEnd, at.sentenceAt(s.openMark()).end());
    for (int k = Cues.indexAtOrAfter(words, s.after()); k < words.size() && words.get(k).start() < end; k++) {
      String w = words.get(k).text();
      if (isMark(w)) return null;
      if (!w.equals(",")) continue;
      Attribution by = cues.after(text, words, words.get(k).end(), end);
      if (by != null) return by;
    }
    return null;
  }

  private boolean isMark(String w) {
    for (MarkPair m : profile.marks()) if (w.indexOf(m.open()) >= 0 || w.indexOf(m.close()) >= 0) return true;
    return w.indexOf('"') >= 0;
  }

  /**
   * "Die Sparte schreibe Verluste, sagte der Manager. Ohne Umbau sei sie „nicht überlebensfähig“.": a quote in
   * a sentence of reported speech (a Konjunktiv I verb) with no cue of its own goes on with the speaker of the
   * sentence before it in its paragraph, when that sentence has a speech verb.
   */
  private Attribution reportedSpeechGoingOn(String text, List<Word> words, AnnotatedText at, QuotedSpan s) {
    if (profile.subjunctive().isEmpty()) return null;
    var sentence = at.sentenceAt(s.openMark());
    boolean reported = false;
    for (Word w : Word.in(text, sentence.start(), s.openMark())) reported |= profile.subjunctive().contains(w.lower());
    if (!reported || sentence.index() == 0) return null;
    var before = at.sentences().get(sentence.index() - 1);
    if (before.paragraph() != sentence.paragraph()) return null;
    int stop = before.end();
    while (stop > before.start() && ".!?".indexOf(text.charAt(stop - 1)) < 0 && Character.isWhitespace(text.charAt(stop - 1))) stop--;
    if (stop > before.start() && ".!?".indexOf(text.charAt(stop - 1)) >= 0) stop--;
    return cues.before(text, words, before.start(), stop);
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
  private static void inherit(List<Piece> pieces, List<Names.Found> people, AnnotatedText at) {
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      if (p.by != null) continue;
      Piece prev = i > 0 ? pieces.get(i - 1) : null;
      Piece next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
      Names.Found named = latestCompatible(people, at.paragraphs().get(p.paragraph).start(), p.openMark, UNKNOWN);
      if (prev != null && prev.by != null && prev.paragraph == p.paragraph) {
        p.by = prev.by;
      } else if (next != null && next.by != null && next.paragraph == p.paragraph) {
        p.by = next.by;
      } else if (named != null) {
        // "Le maire, Benoît Payan, s'est rendu sur place. « J'ai vu … »": the person the paragraph just named
        p.by = new Attribution(named.start(), named.end(), named.name(), (char) 0, null, -1, -1, "profile-named-before");
      } else if (p.open && next != null && next.by != null
          && next.paragraph == p.paragraph + 1) {
        // a quote left open at its paragraph end goes on in the next one, whose cue names the speaker
        p.by = next.by;
      } else if (prev != null && prev.by != null && prev.paragraph == p.paragraph - 1) {
        p.by = prev.by;
      } else {
        continue;
      }
      p.how = Resolution.NEARBY;
    }
  }

  private List<Quote> resolve(AnnotatedText at, List<Names.Found> people, List<Names.Found> outside, List<Piece> pieces) {
    String text = at.text();
    List<Word> words = Word.in(text, 0, text.length());
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
        int paragraphStart = at.paragraphs().get(p.paragraph).start();
        if (a.isPronoun()) {
          if (a.pronoun() != 'P') {
            // someone named earlier in the same paragraph, else the speaker still talking, else the latest person
            Names.Found here = latestCompatible(outside, paragraphStart, Math.min(a.start(), p.openMark), a.pronoun());
            Names.Found introduced = introducedBefore(at, outside, pieces, p, a.pronoun());
            if (here != null) {
              name = Names.fullest(here.name(), people);
            } else if (introduced != null) {
              // "Le gardien Samuel Côté n'a pas cherché d'excuses.¶— Je dois …, a-t-il admis.": the person the
              // paragraph before introduced, with no words of anyone in it, speaks now
              name = Names.fullest(introduced.name(), people);
            } else if (lastSpeaker != null && compatible(lastGender, a.pronoun())
                && p.paragraph - lastParagraph <= SPEAKER_MEMORY_PARAGRAPHS) {
              name = lastSpeaker;
            } else {
              Names.Found f = latestCompatible(outside, 0, a.start(), a.pronoun());
              if (f != null) name = Names.fullest(f.name(), people);
            }
          }
          if (name == null) description = mention.text();
          if (how == Resolution.EXPLICIT) how = Resolution.PRONOUN;
        } else if (a.name() != null) {
          name = Names.fullest(a.name(), people);
        } else if (indefinite(a.description())) {
          // "ein Sprecher des Ministeriums", "une source proche du dossier": someone the article does not name
          description = a.description();
        } else if ((name = organisation(a.description())) != null) {
          // "La Confédération des petites et moyennes entreprises (CPME) a salué « … »": an organisation speaks
        } else if ((name = shortForm(text, words, a.description(), a.start())) != null) {
          // "teilte die Bahn mit" after "Die Deutsche Bahn und die Gewerkschaft EVG": the organisation in full
        } else if ((name = introducedAs(words, a.description(), a.start())) != null) {
          // "a indiqué le groupe" after "le groupe de construction Altena": the name the noun came with
        } else {
          name = roles.personBefore(a.description(), a.start());
          if (name == null) {
            // "fügte der FDP-Chef hinzu": a role named after its first mention stands for the person of the paragraph,
            // one whose gender the role's agrees with first ("sagte der Manager" after "Vorstandschef Dirk Reimann",
            // not "seit Jahren Verluste", capitalised German nouns of no known gender)
            char g = descriptionGender(a.description());
            Names.Found here = latestKnown(outside, paragraphStart, Math.min(a.start(), p.openMark), g);
            if (here == null) here = latestCompatible(outside, paragraphStart, Math.min(a.start(), p.openMark), UNKNOWN);
            if (here != null) name = Names.fullest(here.name(), people);
          }
          if (name == null && lastSpeaker != null && p.paragraph - lastParagraph <= 1 && bareRole(a.description())
              && compatible(lastGender, descriptionGender(a.description()))) {
            // "», a poursuivi l'élu socialiste": a bare role with no organisation is the speaker still talking
            name = lastSpeaker;
          }
          if (name == null && lastSpeaker == null && bareRole(a.description()) && definite(a.description())) {
            // "», a déclaré le technicien": a definite role with no one named near it and no one speaking yet
            // refers back to the person the article named last
            Names.Found f = latestCompatible(outside, 0, a.start(), descriptionGender(a.description()));
            if (f != null) name = Names.fullest(f.name(), people);
          }
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

  /** The latest person compatible with {@code pronoun} named in the paragraph right before {@code p}'s, if it holds no quote. */
  private static Names.Found introducedBefore(AnnotatedText at, List<Names.Found> people, List<Piece> pieces, Piece p,
      char pronoun) {
    if (p.paragraph == 0) return null;
    for (Piece q : pieces) if (q.paragraph == p.paragraph - 1) return null;
    CharSpan before = at.paragraphs().get(p.paragraph - 1);
    return latestCompatible(people, before.start(), before.end(), pronoun);
  }

  /**
   * The organisation a description names with its article ("La Confédération des petites et moyennes
   * entreprises (CPME)", "Der Deutsche Gewerkschaftsbund"): a capitalised word after the article that is
   * no role; in German, where every noun is capitalised, two capitalised words or an acronym after them.
   */
  private String organisation(String description) {
    List<Word> ws = new ArrayList<>(Word.in(description, 0, description.length()));
    if (ws.isEmpty()) return null;
    Word article = ws.get(0);
    if (cues.elidedArticle(article)) {
      // "L'Union des commerçants": the article and the head word in one
      int cut = article.end() - article.withoutElision().length();
      ws.set(0, new Word(article.start(), cut, description.substring(article.start(), cut)));
      ws.add(1, new Word(cut, article.end(), article.withoutElision()));
    }
    if (ws.size() < 2 || !profile.determiners().contains(ws.get(0).lower().replace('’', '\''))) return null;
    Word head = ws.get(1);
    int from = 1;
    if (head.isLetters() && !head.isCapitalised() && !names.isRoleWord(head) && ws.size() > 2 && ws.get(2).isLetters()
        && ws.get(2).isCapitalised() && !profile.capitalisesNouns()) {
      // "Le syndicat Force ouvrière a salué", "el sindicato CCOO": a common noun, then the organisation's name
      head = ws.get(2);
      from = 2;
    }
    if (!head.isLetters() || !head.isCapitalised() || names.isRoleWord(head)) return null;
    boolean alone = true;
    for (int k = from + 1; k < ws.size(); k++) alone &= ws.get(k).isLetters() && !ws.get(k).isCapitalised();
    // "El PP local", "la CGT catalana": the acronym is the name, lower-case words after it describe it
    if (acronym(head.text()) && alone) return head.text();
    if (profile.capitalisesNouns() && alone && head.text().indexOf('-') > 1
        && acronym(head.text().substring(0, head.text().indexOf('-')))) {
      // "teilte die SP-Fraktion mit", "die CDU-Landesgruppe": a compound opening with a party's or a firm's acronym
      return head.text();
    }
    int end = from;
    while (end < ws.size() && ws.get(end).isLetters() && !profile.auxiliaries().contains(ws.get(end).lower())
        && !profile.isSpeechForm(ws.get(end).text())) end++;
    if (profile.capitalisesNouns()) {
      boolean twoCaps = end > 2 && ws.get(2).isCapitalised() && !names.isRoleWord(ws.get(2));
      boolean acronym = end < ws.size() && ws.get(end).text().equals("(");
      if (!twoCaps && !acronym) return null;
    }
    for (int k = from; k < end; k++) if (names.isRoleWord(ws.get(k))) return null;
    return description.substring(head.start(), ws.get(end - 1).end());
  }

  /**
   * The full name of an organisation that a description names by its last word ("die Bahn" for "Deutsche
   * Bahn"): the article, one capitalised word that is no role (a separable verb particle may follow), and
   * before {@code offset} that word closing a run of capitalised words that opens with no article.
   */
  private String shortForm(String text, List<Word> words, String description, int offset) {
    List<Word> ws = Word.in(description, 0, description.length());
    if (ws.size() < 2 || !profile.determiners().contains(ws.get(0).lower())) return null;
    Word head = ws.get(1);
    if (!head.isLetters() || !head.isCapitalised() || names.isRoleWord(head)) return null;
    for (int k = 2; k < ws.size(); k++) if (!ws.get(k).isLetters() || ws.get(k).isCapitalised()) return null;
    String best = null;
    for (int i = 1; i < words.size() && words.get(i).start() < offset; i++) {
      if (!words.get(i).text().equals(head.text())) continue;
      int b = i;
      while (b > 0 && words.get(b - 1).isLetters() && words.get(b - 1).isCapitalised()
          && words.get(b).start() - words.get(b - 1).end() == 1 && !profile.determiners().contains(words.get(b - 1).lower())
          && !names.isRoleWord(words.get(b - 1))) b--;
      if (b == i) continue;
      String full = text.substring(words.get(b).start(), words.get(i).end());
      if (best == null || best.length() < full.length()) best = b > 0 && profile.oblique().contains(words.get(b - 1).lower())
          ? nominative(full) : full;
    }
    return best;
  }

  /** At most this many words between a common noun and the name it introduces ("groupe de construction Altena"). */
  private static final int INTRODUCTION_GAP = 3;

  /**
   * The name a description's noun was introduced with before {@code offset}: "le groupe" after "le groupe
   * de construction Altena", "la empresa" after "la empresa Iberdrola". The description is an article and
   * one noun that is no role; the name the first capitalised words after that noun, with only lower-case
   * words between and no "de" or "von" right before it.
   */
  private String introducedAs(List<Word> words, String description, int offset) {
    List<Word> ws = Word.in(description, 0, description.length());
    if (ws.size() != 2 || !profile.determiners().contains(ws.get(0).lower())) return null;
    Word noun = ws.get(1);
    if (!noun.isLetters() || names.isRoleWord(noun) || noun.isCapitalised() && !profile.capitalisesNouns()) return null;
    for (int i = 0; i < words.size() && words.get(i).start() < offset; i++) {
      if (!words.get(i).lower().equals(noun.lower()) || i > 0 && !profile.determiners().contains(words.get(i - 1).lower())) continue;
      int j = i + 1;
      while (j < words.size() && j - i <= INTRODUCTION_GAP && words.get(j).isLetters() && !words.get(j).isCapitalised()) j++;
      int e = j;
      while (e < words.size() && words.get(e).isLetters() && words.get(e).isCapitalised()
          && !profile.determiners().contains(words.get(e).lower())) e++;
      // "le groupe de construction Altena" names the group; "le gouvernement de Gabriel Attal" names its head
      boolean complement = profile.joiners().contains(words.get(j - 1).lower());
      if (e > j && e - j <= 3 && words.get(j).start() < offset && !complement) {
        return String.join(" ", words.subList(j, e).stream().map(Word::text).toList());
      }
    }
    return null;
  }

  /** "PP", "CGT", "SP": two to five capital letters. */
  private static boolean acronym(String w) {
    if (w.length() < 2 || w.length() > 5) return false;
    for (int i = 0; i < w.length(); i++) if (!Character.isUpperCase(w.charAt(i))) return false;
    return true;
  }

  /** "Deutschen Bahn" → "Deutsche Bahn": the adjective opening a name, its oblique ending "-en" made "-e". */
  private static String nominative(String name) {
    int sp = name.indexOf(' ');
    return sp > 2 && name.startsWith("en", sp - 2) ? name.substring(0, sp - 1) + name.substring(sp) : name;
  }

  /** "le technicien", "die Sprecherin", "la consejera": a description that opens with a definite article. */
  private boolean definite(String description) {
    List<Word> ws = Word.in(description, 0, description.length());
    return !ws.isEmpty() && (profile.determiners().contains(ws.get(0).lower()) || cues.elidedArticle(ws.get(0)))
        && !indefinite(description);
  }

  /** A role with no organisation or place after it ("l'élu socialiste", "la ministre"), which names no new source. */
  private boolean bareRole(String description) {
    List<Word> ws = Word.in(description, 0, description.length());
    boolean role = false;
    for (Word w : ws) {
      if (profile.joiners().contains(w.lower()) && w != ws.get(0)) return false;
      if (!w.isLetters()) return false;
      role |= names.isRoleWord(w);
    }
    return role;
  }

  /** The gender a description's role word or article gives ("la porte-parole", "der Sprecher"), else unknown. */
  private char descriptionGender(String description) {
    List<Word> ws = Word.in(description, 0, description.length());
    for (int k = 0; k < ws.size(); k++) {
      if (!names.isRoleWord(ws.get(k))) continue;
      char g = names.roleGender(ws, k);
      if (g == 'M' || g == 'F') return g;
    }
    return UNKNOWN;
  }

  private static final char UNKNOWN = Cues.UNSTATED;
  private static final java.util.Set<String> INDEFINITE =
      java.util.Set.of("ein", "eine", "einer", "eines", "un", "une", "una", "uno", "des", "unos", "unas");

  private static boolean indefinite(String description) {
    int sp = description.indexOf(' ');
    return sp > 0 && INDEFINITE.contains(LanguageProfile.lower(description.substring(0, sp)));
  }

  private static boolean compatible(char personGender, char pronoun) {
    return personGender == 0 || pronoun == UNKNOWN || personGender == pronoun;
  }

  private static char genderOf(String fullName, List<Names.Found> people) {
    for (Names.Found f : people) {
      if (f.gender() != 0 && fullName.endsWith(f.last()) && Names.fullest(f.name(), people).equals(fullName)) return f.gender();
    }
    return 0;
  }

  /** The latest person named in {@code [from, before)} whose known gender is {@code gender} (M or F), or null. */
  private static Names.Found latestKnown(List<Names.Found> people, int from, int before, char gender) {
    if (gender != 'M' && gender != 'F') return null;
    Names.Found best = null;
    for (Names.Found f : people) {
      if (f.start() >= before) break;
      if (f.start() >= from && genderOf(Names.fullest(f.name(), people), people) == gender) best = f;
    }
    return best;
  }

  private static Names.Found latestCompatible(List<Names.Found> people, int from, int before, char pronoun) {
    Names.Found best = null;
    for (Names.Found f : people) {
      if (f.start() >= before) break;
      if (f.start() < from) continue;
      if (compatible(genderOf(Names.fullest(f.name(), people), people), pronoun)) best = f;
    }
    return best;
  }
}
