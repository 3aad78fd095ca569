package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.model.Attribution;
import dev.newsfacts.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistic's source given by a common noun and the organisation it belongs to: "according to a new Gallup
 * poll", "the Quinnipiac University survey", "ONS figures", "figures from the Office for National Statistics",
 * "a survey by the Chartered Institute of Personnel and Development". The figures often follow in the next
 * sentence ("Just 28 percent of adults said …"), or the next sentences name the study again without its owner
 * ("The survey found …"); both take the owner named here.
 */
final class CommonNounSources {
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern STUDY = Pattern.compile(
      "\\b(?:poll|polls|polling|survey|surveys|study|report[ \\u00A0]cards?|report|analysis|data|figures|statistics|estimates?|census|"
          + "count|tally|index|forecast|projections?|rankings?)\\b"
          // "the EU's statistics office Eurostat", "a data firm": a body's name, no study
          + "(?![ \\u00A0]+(?:office|agency|bureau|institute|department|service|authority|firm|company|group|centre|center|unit)\\b)",
      Pattern.CASE_INSENSITIVE);
  /** How far back the organisation of a study noun may stand before it, and after it. */
  private static final int NEAR = 40;
  /** After it, room for a participle, a day and a description ("published on Tuesday by London-based analytics firm"). */
  private static final int NEAR_AFTER = 80;

  private CommonNounSources() {}

  /**
   * The organisation that owns a study named in {@code [from, to)} ("a new Gallup poll"), or null.
   *
   * @param mentions the sentence's top-level entity mentions, in text order
   */
  static LinkedMention owner(String text, int from, int to, List<LinkedMention> mentions) {
    Matcher x = STUDY.matcher(text).region(from, to);
    while (x.find()) {
      for (LinkedMention m : mentions) {
        // a person can own a study too ("the special counsel's report"), and a misread organisation is often typed one
        if (m.entity().type() != EntityType.ORGANIZATION && m.entity().type() != EntityType.PERSON) continue;
        // "IATA in June forecast": a month or a day owns no study
        if (CALENDAR_NAMES.contains(m.text())) continue;
        if (m.end() <= x.start() && x.start() - m.end() <= NEAR
            && StudyOwnerPatterns.OWNER_BEFORE.matcher(text.substring(m.end(), x.start())).matches()) {
          return m;
        }
        if (m.start() >= x.end() && m.start() - x.end() <= NEAR_AFTER
            && StudyOwnerPatterns.OWNER_AFTER.matcher(text.substring(x.end(), m.start())).matches()) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * A study's owner as a source; a poll two organisations run together ("a Washington Post/ABC News poll", "the NBC
   * News/Wall Street Journal survey") is both, named as written, under the first one's entity.
   *
   * @param mentions the sentence's top-level entity mentions, in text order
   */
  static Attribution jointOwner(String text, LinkedMention owner, List<LinkedMention> mentions) {
    for (LinkedMention m : mentions) {
      if (m.end() < owner.start() && m.end() + 1 == owner.start() && text.charAt(m.end()) == '/'
          && m.entity().type() == EntityType.ORGANIZATION && owner.entity().type() == EntityType.ORGANIZATION) {
        return new Attribution(m.entity().name() + "/" + owner.entity().name(), m.entity().id());
      }
    }
    return new Attribution(owner.entity().name(), owner.entity().id());
  }

  /**
   * The name before a study noun when no entity was recognised there: "a new Leger poll", "CoreLogic's Home Value
   * Index showed", or after it: "a survey by Institut Léman Opinion". Null when the words are a place, a people or no name at all ("a new Ohio poll").
   *
   * @param mentions the sentence's top-level entity mentions, in text order
   */
  static String ownerByName(String text, int from, int to, List<LinkedMention> mentions) {
    Matcher x = StudyOwnerPatterns.NAMED_STUDY.matcher(text).region(from, to);
    while (x.find()) {
      String group = x.group("name") != null ? "name" : x.group("owner") != null ? "owner" : "by";
      int a = x.start(group);
      int b = x.end(group);
      boolean covered = false;
      for (LinkedMention m : mentions) covered |= m.start() < b && a < m.end();
      String name = x.group(group);
      // "its latest Priced Out of the Market study": the end of a longer title names no owner
      if (group.equals("name") && LongerStudyTitle.endsAt(text, from, x.start())) continue;
      if (!covered && !namesCalendar(name)) return name;
    }
    return null;
  }

  /** Whether {@code word} is the name of a day or a month as written ("June", "Tuesday"). */
  static boolean isCalendarName(String word) {
    return CALENDAR_NAMES.contains(word);
  }

  /** Whether a word of {@code name} is a day or a month ("Tuesday", "the March Survey"). */
  private static boolean namesCalendar(String name) {
    for (String word : NON_LETTERS.split(name)) if (CALENDAR_NAMES.contains(word)) return true;
    return false;
  }

  private static final Set<String> CALENDAR_NAMES =
      Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/lexicon/en/calendar-names.txt"));

  /** Whether a sentence speaks of a study at all ("official figures show", "a new poll"). */
  static boolean namesStudy(String sentence) {
    // most sentences hold none of the nouns: a few substring searches spare them the case-blind pattern
    String lower = sentence.toLowerCase(Locale.ROOT);
    boolean any = false;
    for (String stem : STUDY_STEMS) {
      if (lower.contains(stem)) {
        any = true;
        break;
      }
    }
    return any && STUDY.matcher(sentence).find();
  }

  /** A part of every noun {@link #STUDY} matches, in lower case: a sentence without one names no study. */
  private static final String[] STUDY_STEMS = {"poll", "survey", "study", "report", "analysis", "data", "figures",
      "statistics", "estimate", "census", "count", "tally", "index", "forecast", "projection", "ranking"};

  /** Whether a sentence names a study without its owner ("The survey found", "the poll"), pointing back to one. */
  static boolean namesStudyAgain(String sentence) {
    return StudyOwnerPatterns.AGAIN.matcher(sentence).find();
  }

  /** Compiled on first use: tried only on a sentence that names a study, which many articles lack. */
  private static final class StudyOwnerPatterns {
    /** Words between a study noun and the organisation after it: "survey conducted by the", "figures from". */
    static final Pattern OWNER_AFTER = Pattern.compile(
        "\\A(?:,?(?:[ \\u00A0]+(?:conducted|released|published|carried[ \\u00A0]+out|commissioned|compiled|issued))"
            // "The rankings, published on Tuesday by London-based analytics firm Halden Insight"
            // "a survey released Wednesday by insurer Lanterne Mutual": the day with or without "on"
            + "(?:[ \\u00A0]+(?:(?:on|in)[ \\u00A0]+)?(?-i:\\p{Lu}\\p{Ll}+))?)?"
            + "[ \\u00A0]+(?:by|from|of|for)[ \\u00A0]+(?:the[ \\u00A0]+)?(?:(?-i:\\p{Ll}[\\p{Ll}-]*|\\p{Lu}\\p{L}*-\\p{Ll}+)[ \\u00A0]+){0,3}\\z",
        Pattern.CASE_INSENSITIVE);
    /** Words between the organisation and the study noun: "Gallup poll", "Pew's latest survey", "ONS jobs figures". */
    static final Pattern OWNER_BEFORE = Pattern.compile(
        "\\A(?:['’]s?)?(?:[ \\u00A0]+(?:new|latest|recent|own|annual|monthly|quarterly|weekly|national|final|"
            + "preliminary|official|jobs|labor|labour|employment|population|economic|quarterly|opinion|exit|flash"
            // the study's own name: "UNEP's annual Emissions Gap Report", "CoreLogic's Home Value Index"
            + "|(?-i:\\p{Lu}[\\p{L}-]+))){0,4}[ \\u00A0]+\\z",
        Pattern.CASE_INSENSITIVE);
    static final Pattern NAMED_STUDY = Pattern.compile(
        "(?:\\b(?:[Aa]n?|[Tt]he)[ \\u00A0]+(?:(?:new|latest|recent|online|annual)[ \\u00A0]+)?"
            + "(?<name>\\p{Lu}[\\p{L}&-]+(?:[ \\u00A0]+\\p{Lu}[\\p{L}&-]+){0,2})[ \\u00A0]+(?:poll|survey|study|report)\\b)"
            // "Harbour Logistics' figures show": a plural owner takes the apostrophe alone
            + "|(?:\\A(?<owner>\\p{Lu}[\\p{L}&-]+(?:[ \\u00A0]+\\p{Lu}[\\p{L}&-]+){0,2})(?:['’]s|(?<=s)['’])[ \\u00A0]+"
            + "(?:\\p{Lu}[\\p{L}-]+[ \\u00A0]+){0,3}(?:Index|Survey|Poll|Report|[Ff]igures|[Dd]ata)\\b)"
            // "The survey by Institut Léman Opinion for the Tribune de Genève found": the name after "by"
            + "|(?:\\b(?:poll|survey|study|report)[ \\u00A0]+(?:(?:conducted|carried[ \\u00A0]+out)[ \\u00A0]+)?by[ \\u00A0]+"
            + "(?:the[ \\u00A0]+)?(?<by>\\p{Lu}[\\p{L}&-]+(?:[ \\u00A0]+\\p{Lu}[\\p{L}&-]+){0,3})\\b)");
    static final Pattern AGAIN = Pattern.compile(
        // "the survey", "the online survey", "this latest poll"
        "\\b(?:the|that|this|its|their)[ \\u00A0]+(?:\\p{Ll}[\\p{Ll}-]*[ \\u00A0]+)?"
            + "(?:poll|survey|study|report|analysis|data|figures|census|estimates?)\\b", Pattern.CASE_INSENSITIVE);
  }
}
