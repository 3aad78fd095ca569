package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.RoleFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role constructions besides a title word run into the name and an apposition:
 * an office abbreviation the tokenizer splits from the name ("Sen. Mary Holt", "Rep. John Ames Jr."),
 * a title set off before the name ("Gulfline's chief executive, Daniel Okafor,", "His campaign manager,
 * Carla Nunez,") and a relative clause ("Tomas Lindqvist, who heads Greenpeace's oceans campaign").
 */
final class RoleConstructions {
  private static final Pattern OF_AT_FOR = Pattern.compile("(?:of|at|for)(?: the)?");

  private static final List<OfficeAbbreviation> OFFICE_ABBREVIATIONS = OfficeAbbreviation.load();
  private static final Map<String, String> OFFICES = offices(OFFICE_ABBREVIATIONS);
  private static final Pattern OFFICE_BEFORE = officeBefore(OFFICE_ABBREVIATIONS);
  /**
   * "[Org's|his|her|its|the|the group's] title words, [Dr.] " right before the name: an honorific may stand
   * between the comma and the name ("Its chief medical officer, Dr. Paul Keller").
   */
  private static final Pattern TITLE_BEFORE = Pattern.compile(
      // "Brinkley Civils' managing director": a plural owner takes the apostrophe alone
      "(?:(?<owner>\\p{Lu}[\\p{L}.&-]*(?:[ \\u00A0]\\p{Lu}[\\p{L}.&-]*){0,4})(?:['’]s|(?<=s)['’])[ \\u00A0]+"
          + "|(?<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|whose|[Tt]he(?:[ \\u00A0]+(?<noun>\\p{Ll}+)['’]s)?)[ \\u00A0]+)"
          // "vice-president for Wales": a place or body after "for/of" may close the title
          // "Reform UK's Scottish chairman": a capitalised adjective of place may open the title
          // "Johannesburg's MMC for environment services": an office's acronym may open it too
          + "(?<title>(?:\\p{Lu}\\p{Ll}+(?:ish|ian|an|ese|ic)[ \\u00A0]+|\\p{Lu}{2,4}[ \\u00A0]+)?"
          // "cabinet member for children's services": a possessive among the title's words
          + "(?:[\\p{Ll}-]+(?:['’]s)?[ \\u00A0]+){0,5}[\\p{Ll}-]+"
          // "coastal manager for south-west Wales": a compass word may come before that place
          + "(?:[ \\u00A0]+(?:for|of)[ \\u00A0]+(?:[\\p{Ll}-]+[ \\u00A0]+)?\\p{Lu}[\\p{L}-]+(?:[ \\u00A0]+\\p{Lu}[\\p{L}-]+){0,2})?),[ \\u00A0]+"
          // "Kestrel's chairman, Sir Patrick Dunne", "The union's secretary, Alhaji Sani Bello"
          + "(?:(?:Dr|Prof|Mr|Mrs|Ms|Rev|Sir|Dame|Hajji|Haji|Alhaji|Alhaja|Hajia)\\.?[ \\u00A0]+)?\\z");
  private static final Pattern WHO_HEADS = Pattern.compile(
      "\\A,[ \\u00A0]+who[ \\u00A0]+(?:(?:now|also|currently|still|jointly)[ \\u00A0]+)?(?<verb>heads|leads|runs|directs|chairs|founded|co-founded|oversees)[ \\u00A0]+(?<rest>[^,;.\\n]{2,100})");
  private static final Map<String, String> VERB_TITLES = Map.of("heads", "head", "leads", "leader", "runs", "head",
      "directs", "director", "chairs", "chair", "founded", "founder", "co-founded", "co-founder", "oversees", "head");

  private static final Pattern ROLE_TAKEN_CUE = Pattern.compile(" (?:as|became|named|appointed) ");

  private final String text;
  private final EntityIndex entities;
  private final EntityLexicon lex;

  RoleConstructions(String text, EntityIndex entities, EntityLexicon lex) {
    this.text = text;
    this.entities = entities;
    this.lex = lex;
  }

  /**
   * One line of office-abbreviations.txt ("lt. gov. lieutenant governor"): the abbreviation without its last full
   * stop, whether the text needs that stop (it was written in the list), and the office.
   */
  private record OfficeAbbreviation(String key, boolean needsStop, String office) {
    static List<OfficeAbbreviation> load() {
      List<OfficeAbbreviation> out = new ArrayList<>();
      for (String line : WordList.lines("/dev/newsfacts/lexicon/en/office-abbreviations.txt")) {
        int cut = line.lastIndexOf('.') + 1;
        boolean stop = cut > 0;
        if (!stop) cut = line.indexOf(' ');
        String key = line.substring(0, stop ? cut - 1 : cut).strip();
        out.add(new OfficeAbbreviation(key, stop, line.substring(cut).strip()));
      }
      return out;
    }
  }

  /** Abbreviation without its full stop → office in title case, from the list. */
  private static Map<String, String> offices(List<OfficeAbbreviation> list) {
    Map<String, String> m = new LinkedHashMap<>();
    for (OfficeAbbreviation o : list) m.put(o.key(), titleCase(o.office()));
    return Map.copyOf(m);
  }

  /** The listed abbreviations, capitalised as written before a name, right before the end of the region. */
  private static Pattern officeBefore(List<OfficeAbbreviation> list) {
    List<String> forms = new ArrayList<>();
    for (OfficeAbbreviation o : list) forms.add(Pattern.quote(titleCase(o.key())) + (o.needsStop() ? "\\." : "\\.?"));
    // longer forms first; a class of the jar, not a lambda, which a cold start would spin at run time
    forms.sort(new Comparator<String>() {
      @Override
      public int compare(String a, String b) {
        return Integer.compare(b.length(), a.length());
      }
    });
    return Pattern.compile("(?<![\\p{L}.])(" + String.join("|", forms) + ")[ \\u00A0]+\\z");
  }

  private static String titleCase(String words) {
    StringBuilder b = new StringBuilder();
    for (String w : words.split(" ")) {
      if (b.length() > 0) b.append(' ');
      b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }

  /** The office an abbreviation stands for ("Gov." → "Governor"), or null when it is none. */
  static String spelledOut(String abbreviation) {
    String k = abbreviation.strip().toLowerCase(Locale.ROOT);
    if (k.endsWith(".")) k = k.substring(0, k.length() - 1);
    return OFFICES.get(k);
  }

  /** "Sen." + name: the office spelled out; null when the name has no such abbreviation before it. */
  RoleFact office(String person, PersonMention m) {
    Matcher x = OFFICE_BEFORE.matcher(text).region(Math.max(0, m.start() - 12), m.start());
    x.useTransparentBounds(true);
    if (!x.find()) return null;
    String title = spelledOut(x.group(1));
    return new RoleFact(null, person, title, null, x.start(1), m.end(), text.substring(x.start(1), m.end()));
  }

  /** "Gulfline's chief executive, Daniel Okafor": the title, and the organisation or country owning it. */
  RoleFact titleSetOff(String person, PersonMention m) {
    return titleSetOffEndingAt(person, m, m.start());
  }

  /**
   * "Its founder, retired accountant Glenn Whitaker", "The charity's chair, the former headteacher Ann Cole": the
   * title set off before a description of the person in lower case that ends in a role noun.
   */
  RoleFact titleSetOffPastDescription(String person, PersonMention m) {
    int from = Math.max(0, m.start() - 60);
    // the pattern ends in a lower-case word and spaces at the name, which most names lack
    if (!lowerWordBefore(from, m.start())) return null;
    Matcher d = DESCRIPTION_BEFORE.matcher(text).region(from, m.start());
    if (!d.find() || !RoleFinder.isRoleNoun(d.group("noun"))) return null;
    return titleSetOffEndingAt(person, m, d.start("description"));
  }

  /** {@link #titleSetOff} with the comma and spaces of the pattern ending at {@code end}, before the name. */
  private RoleFact titleSetOffEndingAt(String person, PersonMention m, int end) {
    int from = Math.max(0, end - 80);
    // the pattern ends in a comma and spaces (and an honorific) at the name, which most names lack
    if (!commaSetsOff(from, end)) return null;
    Matcher x = TITLE_BEFORE.matcher(text).region(from, end);
    if (!x.find()) return null;
    String title = WhiteSpace.collapse(x.group("title"));
    // "The commission's director of enforcement": the noun before the preposition heads the title
    String head = RoleFinder.headBeforePreposition(title.split(" "));
    // "vice-president": the last part of a hyphenated title heads it
    if (head != null && head.indexOf('-') > 0) head = head.substring(head.lastIndexOf('-') + 1);
    if (head == null || head.isEmpty() || !Titles.isTitleWord(head) && !RoleFinder.isRoleNoun(head)) return null;
    // "The mother of the two boys, Ann Jones": a family word is in the title list but is no role
    if (RoleFinder.isNotRole(head)) return null;
    String org = null;
    LinkedMention namedByNoun = x.group("owner") == null && x.group("noun") != null
        ? OwnerReference.byNoun(text, entities, x.start(), x.group("noun")) : null;
    if (x.group("owner") != null) {
      LinkedMention o = entities.endingAt(x.end("owner"));
      // "Reform UK's": a place ending a longer owner is no owner; the longer name, as written, is
      if (o != null && o.start() > x.start("owner") && o.entity().type() != EntityType.ORGANIZATION) o = null;
      if (o == null) o = entities.startingAt(x.start("owner"));
      if (o != null && o.entity().type() != EntityType.PERSON) org = o.entity().name();
      else if (lex.place(x.group("owner")) != null) org = lex.place(x.group("owner"));
      // an owner no list knows is still the employer the text gives ("Gulfline's chief executive")
      else if (o == null) org = x.group("owner");
    } else if (namedByNoun != null) {
      // "the commission's director of enforcement": the organisation the noun names
      org = namedByNoun.entity().name();
    } else if (OwnerReference.pointsAtOrganisation(x.group("pronoun"), x.group("noun"))
        || "whose".equals(x.group("pronoun"))) {
      // "The Chamber of Commerce, whose president, …": the organisation named just before
      // "Its chief medical officer", "the group's founder": the organisation the text last named
      org = OwnerReference.lastOrganisation(text, entities, x.start());
    }
    int start = x.group("owner") != null ? x.start("owner") : x.start("title");
    return new RoleFact(null, person, title, org, start, m.end(), text.substring(start, m.end()));
  }

  /** "Tomas Lindqvist, who heads Greenpeace's oceans campaign": head of the organisation named there. */
  /**
   * A role the person takes on later in the clause ("Paul Quinn, the club's under-21 coach, took charge of training
   * as caretaker manager"): the title's last word a role noun, no other person named between; the organisation when
   * "of/at X" follows.
   */
  RoleFact asRole(String person, PersonMention m) {
    int to = Math.min(text.length(), m.end() + 160);
    // most names have no "as", "became" or "was named/appointed" after them: skip the pattern there
    if (!ROLE_TAKEN_CUE.matcher(text).region(m.end(), Math.min(to, m.end() + 100)).find()) return null;
    Matcher x = RarerPatterns.AS_ROLE.matcher(text).region(m.end(), to);
    if (!x.lookingAt()) return null;
    String title = x.group("title");
    // "X and later retired as a rear admiral", "better as a host than he would be": another subject, a comparison
    if (RarerPatterns.COORDINATION.matcher(text.substring(m.end(), x.start("title"))).find()) return null;
    if (!RoleFinder.isRoleNoun(title.substring(title.lastIndexOf(' ') + 1))) return null;
    for (LinkedMention o : entities.within(m.end(), x.start("title"))) {
      if (o.entity().type() == EntityType.PERSON) return null;
    }
    String org = null;
    for (LinkedMention o : entities.within(x.end("title"), Math.min(text.length(), x.end("title") + 80))) {
      String between = text.substring(x.end("title"), o.start()).strip();
      if (o.entity().type() == EntityType.ORGANIZATION && OF_AT_FOR.matcher(between).matches()) org = o.entity().name();
      break;
    }
    return new RoleFact(null, person, title, org, m.start(), x.end("title"), text.substring(m.start(), x.end("title")));
  }

  RoleFact whoHeads(String person, PersonMention m) {
    // "Sen. Marcia Lyle (R-Idaho), who chairs the committee": past a short bracket after the name
    int from = m.end();
    Matcher bracket = RoleFinder.SHORT_BRACKET.matcher(text).region(from, Math.min(text.length(), from + 30));
    if (bracket.lookingAt()) from = bracket.end();
    Matcher x = WHO_HEADS.matcher(text).region(from, Math.min(text.length(), from + 140));
    if (!x.lookingAt()) return null;
    String org = null;
    for (LinkedMention o : entities.within(x.start("rest"), x.end("rest"))) {
      if (o.entity().type() == EntityType.ORGANIZATION || o.entity().type() == EntityType.LOCATION) {
        org = o.entity().name();
        break;
      }
    }
    String title = VERB_TITLES.get(x.group("verb"));
    return new RoleFact(null, person, title, org, m.start(), x.end("rest"), text.substring(m.start(), x.end("rest")));
  }

  /**
   * "Crown prosecutor Daniel Okoye", "grain farmer Pedro Alvarez", "former Barnsley midfielder Lee Carver": an
   * occupation in lower case right before the name, with up to two lower-case words and one capitalised word
   * before it; that word is the organisation when the text names one there, else part of the title.
   */
  RoleFact occupationBefore(String person, PersonMention m) {
    int from = Math.max(0, m.start() - 60);
    // the pattern ends in a lower-case word and spaces at the name: a name opening a sentence or after a comma
    // or quote mark is spared it
    if (!lowerWordBefore(from, m.start())) return null;
    Matcher x = OCCUPATION_BEFORE.matcher(text).region(from, m.start());
    if (!x.find()) return null;
    // only occupations the person step does not read as titles, and a lower-case body's "member" ("board
    // member Anita Shah"; a capitalised body is MemberTitles' call)
    if (!RoleFinder.isOccupation(x.group("noun")) && !bodyMember(x.group("words"), x.group("noun"))) return null;
    int start = x.start("words") >= 0 ? x.start("words") : x.start("noun");
    String org = null;
    if (x.group("cap") != null) {
      LinkedMention o = entities.startingAt(x.start("cap"));
      if (o != null && o.entity().type() == EntityType.PERSON) {
        start = x.start("cap2");
      } else if (o != null) {
        org = o.entity().type() == EntityType.NORP ? lex.demonym(o.text()) : o.entity().name();
        start = x.start("cap2");
      } else {
        start = x.start("cap");
      }
    }
    if (start < 0) start = x.start("noun");
    // "told prosecutor …", "the striker …": a verb or article before the occupation is no part of it
    Matcher lead = RarerPatterns.LEADING_FUNCTION_WORD.matcher(text).region(start, x.end("noun"));
    while (lead.lookingAt()) {
      start = lead.end();
      lead = RarerPatterns.LEADING_FUNCTION_WORD.matcher(text).region(start, x.end("noun"));
    }
    String title = WhiteSpace.collapse(text.substring(start, x.end("noun"))).strip();
    return new RoleFact(null, person, title, org == null || org.isEmpty() ? null : org, start, m.end(),
        text.substring(start, m.end()));
  }

  private boolean bodyMember(String words, String noun) {
    if (!noun.equals("member") || words == null || words.isBlank()) return false;
    String[] w = WhiteSpace.spaceWords(words.strip());
    return lex.isOrgHead(w[w.length - 1]);
  }

  /** "…, a physical oceanographer at Woods Hole and the study's lead author": the role after "and the". */
  RoleFact conjoinedApposition(String person, PersonMention m) {
    Matcher x = SECOND_APPOSITION.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 160));
    if (!x.lookingAt()) return null;
    // "X, said the union and the …": a first phrase without an article must open with a title
    if (x.group("article") == null && !Titles.isTitleWord(x.group("first")) && !RoleFinder.isRoleNoun(x.group("first"))) return null;
    String title = WhiteSpace.collapse(x.group("title"));
    String[] words = title.split(" ");
    if (!RoleFinder.isRoleNoun(words[words.length - 1])) return null;
    String org = null;
    LinkedMention o = x.group("owner") == null ? null : OwnerReference.byNoun(text, entities, x.start("owner"), x.group("owner"));
    if (o == null && x.group("org") != null) {
      o = entities.startingAt(x.start("org"));
      if (o != null && o.entity().type() != EntityType.ORGANIZATION) o = null;
    }
    if (o != null) org = o.entity().name();
    return new RoleFact(null, person, title, org, m.start(), x.end("title"), text.substring(m.start(), x.end("title")));
  }

  /**
   * Whether {@code text} in {@code from..to} ends in a comma, spaces and at most one word with its full stop
   * ("…, Dr. "): what {@link #TITLE_BEFORE} ends in, tested without it.
   */
  private boolean commaSetsOff(int from, int to) {
    int i = spacesBefore(from, to);
    if (i == to) return false;
    if (i > from && text.charAt(i - 1) == ',') return true;
    int w = i;
    while (w > from && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
    if (w == i) return false;
    int j = spacesBefore(from, w);
    return j < w && j > from && text.charAt(j - 1) == ',';
  }

  /** Whether {@code text} in {@code from..to} ends in a lower-case letter or hyphen and spaces, as {@link #OCCUPATION_BEFORE} does. */
  private boolean lowerWordBefore(int from, int to) {
    int i = spacesBefore(from, to);
    if (i == to || i == from) return false;
    char c = text.charAt(i - 1);
    return c == '-' || Character.isSurrogate(c) || Character.getType(c) == Character.LOWERCASE_LETTER;
  }

  /** Where the run of spaces (plain or no-break) ending at {@code to} starts, no earlier than {@code from}. */
  private int spacesBefore(int from, int to) {
    int i = to;
    while (i > from && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0')) i--;
    return i;
  }

  private static final Pattern OCCUPATION_BEFORE = Pattern.compile(
      "(?<![\\p{L}'’])(?:(?<cap>(?<cap2>\\p{Lu}[\\p{L}-]+))[ \\u00A0]+)?"
          + "(?<words>(?:[\\p{Ll}-]+[ \\u00A0]+){0,2})?(?<noun>\\p{Ll}[\\p{Ll}-]+)[ \\u00A0]+\\z");
  /** ", [the|a|an] [up to two lower-case words] role noun " right before a name: a description set off by a comma. */
  private static final Pattern DESCRIPTION_BEFORE = Pattern.compile(
      ",[ \\u00A0]+(?<description>(?:(?:the|a|an)[ \\u00A0]+)?(?:[\\p{Ll}-]+[ \\u00A0]+){0,2}(?<noun>\\p{Ll}[\\p{Ll}-]+)[ \\u00A0]+)\\z");
  /**
   * ", [the|a|an] first role … and [the|a|an] [owner's] second role": without an article the first phrase opens with
   * a title ("Professor of Economics at X and head of its policy unit", "president and chief executive of X"); the
   * second role, in capitals too ("President and CEO of X"), ends at a comma, a full
   * stop or "at/of/with/for" before its organisation ("and a professor at the Marine Consortium").
   */
  private static final Pattern SECOND_APPOSITION = Pattern.compile(
      "\\A,[ \\u00A0]+(?:(?<article>the|a|an)[ \\u00A0]+)?(?<first>\\p{L}[\\p{L}-]*)[^,;.()\\n\"“”]{0,100}?[ \\u00A0]+and[ \\u00A0]+"
          + "(?:(?:the|a|an)[ \\u00A0]+)?(?:(?<owner>\\p{Ll}+)['’]s[ \\u00A0]+)?(?<title>(?:[\\p{L}-]+[ \\u00A0]+){0,2}?[\\p{L}-]+)"
          + "(?=[,.;]|\\z|[ \\u00A0]+(?:at|of|with|for)[ \\u00A0]+(?:(?:the[ \\u00A0]+)?(?<org>\\p{Lu}))?)");

  /**
   * Compiled on first use: each is tried only where a cheaper test or another of the rule's patterns has matched,
   * which many articles never reach.
   */
  private static final class RarerPatterns {
    /** "… took charge of training as caretaker manager", "… was named chief executive in May": the role taken on. */
    static final Pattern AS_ROLE = Pattern.compile(
        "\\A[^.;:!?\"“”\\n]{0,80}?\\b(?:as|became|was[ \\u00A0]+named|was[ \\u00A0]+appointed)[ \\u00A0]+"
            + "(?:(?:the|their|its|a|an)[ \\u00A0]+)?(?<title>(?:[\\p{Ll}-]+[ \\u00A0]+){0,2}[\\p{Ll}-]+)"
            + "(?=[ \\u00A0]*(?:[,.;]|\\z)|[ \\u00A0]+(?:of|at|for|on|in|until|after|before|and)\\b)");
    static final Pattern LEADING_FUNCTION_WORD = Pattern.compile(
        "(?:the|a|an|and|or|but|by|of|to|for|with|as|said|says|told|asked|named|appointed|hired)[ \\u00A0]+");
    static final Pattern COORDINATION = Pattern.compile("\\b(?:and|or|but|than|his|her)\\b");
  }
}
