package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistic's source the text gives without naming an entity: "according to court documents", "according
 * to a report by council planning officers", and "the council said" / "the agency said" standing for the
 * organisation named before (the one whose name has that noun, else an organisation named just before).
 */
final class SourcePhrases {
  private static final Pattern NOUN_SAID = Pattern.compile(
      // "The British drugmaker said": a people or a place before the noun
      "\\b[Tt]he[ \\u00A0]+(?:\\p{Lu}\\p{Ll}+[ \\u00A0]+)?(?<noun>\\p{Ll}+)[ \\u00A0]+(?:said|says|estimated|estimates|reported|found|announced|added)\\b"
          // "The institute's National Drug Strategy Household Survey found": the owner of what found it
          + "|\\A[Tt]he[ \\u00A0]+(?<owner>\\p{Ll}+)['’]s[ \\u00A0]+[^,.;\\n]{3,80}?[ \\u00A0]"
          + "(?:found|showed|shows|estimated|estimates|reported|said|says)\\b"
          // "…, the coalition's lawyers told the court": those who speak for the owner give its figures
          + "|\\b[Tt]he[ \\u00A0]+(?<agentOwner>\\p{Ll}+)['’]s[ \\u00A0]+(?:lawyers|attorneys|counsel|officials|"
          + "representatives|spokesman|spokeswoman|spokesperson)[ \\u00A0]+(?:said|says|told)\\b");

  /** ", Leger said." at a clause's end, or "…," said Leger executive …": a capitalised name and a reporting verb. */
  private static final Pattern NAME_SAID = Pattern.compile(
      ",[ \\u00A0]+(?<name>\\p{Lu}[\\p{L}&'’-]+(?:[ \\u00A0]+\\p{Lu}[\\p{L}&'’-]+){0,3})[ \\u00A0]+"
          + "(?:said|says|reported|estimated|found)\\b"
          + "|,[\"”]?[ \\u00A0]+(?:said|says)[ \\u00A0]+(?<after>\\p{Lu}[\\p{L}&'’-]+(?:[ \\u00A0]+\\p{Lu}[\\p{L}&'’-]+){0,3})\\b");

  /** "department's monthly jobs report": a lower-case owner of what "according to" names. */
  private static final Pattern OWNER_NOUN = Pattern.compile("\\A(?<noun>\\p{Ll}+)['’]s[ \\u00A0]+\\p{Ll}");

  private SourcePhrases() {}

  /** The body that said the sentence in {@code [from, to)} when common nouns name it, as written; or null. */
  static String bodySaid(String text, int from, int to) {
    Matcher x = bodySaidMatch(text, from, to);
    return x == null ? null : WhiteSpace.collapse(x.group("body"));
  }

  /**
   * Whether the sentence in {@code [from, to)} names the body that says it ({@link #bodySaid}) by nouns that stand
   * for no organisation the story named before: "the city's housing services division reported" is its own source,
   * "the government agency said" after "the Insolvency Service" is that service.
   */
  static boolean saysOwnBody(String text, int from, int to, EntityIndex entities) {
    Matcher x = bodySaidMatch(text, from, to);
    return x != null && OwnerReference.byNameOrKind(text, entities, x.start(), x.group("head")) == null;
  }

  private static Matcher bodySaidMatch(String text, int from, int to) {
    // most sentences have no reporting verb: skip the pattern there
    String sentence = text.substring(from, to);
    if (!sentence.contains(" said") && !sentence.contains(" says") && !sentence.contains(" reported")
        && !sentence.contains(" estimated")) return null;
    Matcher x = RarerPatterns.BODY_SAID.matcher(text).region(from, to);
    while (x.find()) {
      // a bare "the group said" points back to an organisation named before, which other rules find
      if (OwnerReference.isOrganisationNoun(x.group("head")) && x.group("body").contains(" ")) return x;
    }
    return null;
  }

  /** The lower-case owner opening a source phrase ("department" of "department's monthly jobs report"), or null. */
  static String ownerNoun(String phrase) {
    Matcher x = OWNER_NOUN.matcher(phrase);
    return x.lookingAt() ? x.group("noun") : null;
  }

  /**
   * The organisation noun a source phrase is made of alone ("council" of "according to figures published by the
   * council"), which stands for the organisation of that kind named before; null otherwise.
   */
  static String loneOrganisationNoun(String phrase) {
    return allLowerCase(phrase) && OwnerReference.isOrganisationNoun(phrase) ? phrase : null;
  }

  private static boolean allLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) if (!Character.isLowerCase(s.charAt(i))) return false;
    return true;
  }

  /** Whether {@code text[from, to)} is a role the organisation before it owns, ending where the person's name starts. */
  static boolean roleBeforePerson(String text, int from, int to) {
    return to > from && RarerPatterns.ROLE_BEFORE_PERSON.matcher(text.substring(from, to)).matches();
  }

  /**
   * The person after "according to" (ending at {@code from}) given by an owned role: "according to Halden Insight's
   * head of research, Dr Olivia Grant", "according to the agency's director, Ana Ruiz"; null otherwise.
   */
  static LinkedMention personByRole(String text, int from, List<LinkedMention> after) {
    for (LinkedMention m : after) {
      if (m.start() < from) continue;
      if (m.start() - from > 120) return null;
      if (m.entity().type() == EntityType.PERSON && RarerPatterns.OWNED_ROLE.matcher(text.substring(from, m.start())).matches()) return m;
    }
    return null;
  }

  /** Where the words after a subject ending at {@code offset} go on, past a relative clause about it. */
  static int afterRelativeClause(String text, int offset, int to) {
    Matcher x = RarerPatterns.RELATIVE_CLAUSE.matcher(text).region(offset, to);
    return x.lookingAt() ? x.end() : offset;
  }

  /** Whether the sentence in {@code [from, to)} opens with "They found", "The researchers estimated", … */
  static boolean researchersFound(String text, int from, int to) {
    return RarerPatterns.RESEARCHERS_FOUND.matcher(text).region(from, to).lookingAt();
  }

  /** Where the institution of "Researchers at …" begins in {@code [from, to)}, or -1. */
  static int researchersAt(String text, int from, int to) {
    Matcher x = RarerPatterns.RESEARCHERS_AT.matcher(text).region(from, to);
    return x.find() ? x.end() : -1;
  }

  /**
   * The name in ", Leger said" after {@code from} when no entity mention covers it (a recognised one is read
   * before this), or null.
   */
  static String nameSaid(String text, int from, int to, List<LinkedMention> mentions) {
    Matcher x = NAME_SAID.matcher(text).region(from, to);
    while (x.find()) {
      String group = x.group("name") != null ? "name" : "after";
      boolean covered = false;
      for (LinkedMention m : mentions) covered |= m.start() < x.end(group) && x.start(group) < m.end();
      if (!covered) return x.group(group);
    }
    return null;
  }

  /** Whether the source mention at {@code mentionStart} is the one "according to" (ending at {@code from}) names. */
  static boolean leadsTo(String text, int from, int mentionStart) {
    return mentionStart >= from && RarerPatterns.LEADS_TO.matcher(text.substring(from, mentionStart)).matches();
  }

  /** The organisation that polled the people a figure ending at {@code figureEnd} counts, or null. */
  static LinkedMention polledBy(String text, int figureEnd, int to, List<LinkedMention> after) {
    for (LinkedMention m : after) {
      if (m.entity().type() != EntityType.ORGANIZATION) continue;
      if (m.start() - figureEnd > 60) return null;
      if (RarerPatterns.POLLED_BY.matcher(text.substring(figureEnd, m.start())).matches()) return m;
    }
    return null;
  }

  /** The source after "according to" when it is no entity mention, as the text writes it; null otherwise. */
  static String afterAccordingTo(String text, int from, int to) {
    Matcher x = AccordingPatterns.ACCORDING.matcher(text).region(from, to);
    if (!x.lookingAt()) return null;
    String source = AccordingPatterns.TRAILING_DAY.matcher(WhiteSpace.collapse(x.group("source"))).replaceFirst("");
    if (AccordingPatterns.NOT_A_SOURCE.matcher(source).matches()) return null;
    return source;
  }

  /** The organisation "the NOUN said" in {@code [from, to)} stands for, or null. */
  static LinkedMention nounSaid(String text, int from, int to, EntityIndex entities) {
    Matcher x = NOUN_SAID.matcher(text).region(from, to);
    if (!x.find()) return null;
    String noun = x.group("noun") != null ? x.group("noun") : x.group("owner") != null ? x.group("owner")
        : x.group("agentOwner");
    LinkedMention m = OwnerReference.byNoun(text, entities, x.start(), noun);
    // "…, the club said." paragraphs after the story opened on the club: the organisation it opens with
    return m != null || !OwnerReference.isOrganisationNoun(noun) ? m : StoryOrganisation.opening(entities, x.start());
  }

  /**
   * Compiled on first use: each is tried only where a cheaper test or another pattern has found its place, which
   * many articles never reach.
   */
  private static final class RarerPatterns {
    /**
     * "The civil defense agency of Rio Grande do Sul state said", "the city's water department said": a body named by
     * common nouns, its head one of the organisation nouns, before a reporting verb (an adverb may stand between).
     */
    static final Pattern BODY_SAID = Pattern.compile(
        "\\b[Tt]he[ \\u00A0]+(?<body>(?:\\p{Ll}+['’]s[ \\u00A0]+)?(?:\\p{Ll}[\\p{Ll}-]*[ \\u00A0]+){0,3}"
            + "(?<head>(?!(?:also|later|earlier|previously|separately)\\b)\\p{Ll}+)"
            + "(?:[ \\u00A0]+of(?:[ \\u00A0]+(?:\\p{Lu}[\\p{L}-]*|\\p{Ll}{2,3})){1,6}(?:[ \\u00A0]+\\p{Ll}+)?)?)"
            // "the city's housing services division also reported": an adverb before the verb
            + "(?:[ \\u00A0]+(?:also|later|earlier|previously|separately))?"
            + "[ \\u00A0]+(?:said|says|reported|estimated)\\b");
    /** "Halden Insight's head of research, Dr ", "the agency's director, ": an owner, its role, a comma, a title. */
    static final Pattern OWNED_ROLE = Pattern.compile(
        "\\A(?:the[ \\u00A0]+)?(?:[\\p{L}&-]+[ \\u00A0]+){0,4}?[\\p{L}&-]+['’]s[ \\u00A0]+(?:[\\p{Ll}-]+[ \\u00A0]+){0,4}"
            + "[\\p{Ll}-]+,[ \\u00A0]+(?:\\p{Lu}\\p{Ll}{1,3}\\.?[ \\u00A0]+)?\\z");
    /** A sentence opening with what researchers found: "They found that", "The researchers estimated". */
    static final Pattern RESEARCHERS_FOUND = Pattern.compile(
        "\\A(?:They|The[ \\u00A0]+(?:researchers|scientists|authors|economists))[ \\u00A0]+"
            + "(?:found|estimated|calculated|concluded|reported|said)\\b");
    /** After a count: "economists polled by", "adults surveyed for", "people questioned by the", "of 600 farmers conducted by", "of 2,048 parents was carried out by". */
    static final Pattern POLLED_BY = Pattern.compile(
        "\\A[ \\u00A0]+(?:[\\p{L}\\d-]+[ \\u00A0]+){0,6}(?:polled|surveyed|questioned|interviewed|conducted|carried[ \\u00A0]+out)[ \\u00A0]+(?:by|for)[ \\u00A0]+"
            + "(?:the[ \\u00A0]+)?\\z");
    /** "'s head of research, Dr " between an organisation and the person holding the role it owns. */
    static final Pattern ROLE_BEFORE_PERSON = Pattern.compile(
        "\\A['’]s[ \\u00A0]+(?:[\\p{Ll}-]+[ \\u00A0]+){0,4}[\\p{Ll}-]+,[ \\u00A0]+(?:\\p{Lu}\\p{Ll}{1,3}\\.?[ \\u00A0]+)?\\z");
    /** "Researchers at", "scientists from", "economists with": where their institution follows. */
    static final Pattern RESEARCHERS_AT = Pattern.compile(
        "\\b(?:[Rr]esearchers|[Ss]cientists|[Ee]conomists|[Aa]nalysts)[ \\u00A0]+(?:at|from|with)[ \\u00A0]+");
    /** ", who flew over the area on Friday, ": a relative clause between a subject and its verb. */
    static final Pattern RELATIVE_CLAUSE = Pattern.compile(
        "\\A,[ \\u00A0]+(?:who|which)[ \\u00A0]+[^,;.]{1,100},");
    /** The words between "according to" and its source: "the", "a new report by", "data from the", "figures compiled by". */
    static final Pattern LEADS_TO = Pattern.compile(
        "\\A(?:[\\p{L}'’-]+[ \\u00A0]+){0,5}\\z"
            // "according to a study published Monday in the Journal of Applied Ecology": the journal that published it
            + "|\\A(?:a|an|the)[ \\u00A0]+(?:(?:new|recent|latest)[ \\u00A0]+)?(?:study|paper|report|analysis|review)"
            + "[ \\u00A0]+published[ \\u00A0]+(?:(?:on[ \\u00A0]+)?\\p{Lu}\\p{Ll}+[ \\u00A0]+)?in[ \\u00A0]+(?:the[ \\u00A0]+)?\\z");
  }

  /**
   * Compiled on first use: tried only after "according to" in a statistic's sentence, which most articles never
   * write.
   */
  private static final class AccordingPatterns {
    /** The words after "according to", up to a comma, a stop, a bracket or a clause. */
    static final Pattern ACCORDING = Pattern.compile(
        "\\A(?:(?:a|an|the)[ \\u00A0]+)?(?:(?:new|latest|recent)[ \\u00A0]+)?"
            + "(?:(?:report|study|analysis|review|survey|filing)[ \\u00A0]+(?:by|from)[ \\u00A0]+(?:the[ \\u00A0]+)?"
            // "according to figures published by the Department of Housing yesterday"
            + "|(?:figures|data|statistics|numbers|report|study|survey)[ \\u00A0]+(?:published|released|compiled|issued|presented|provided|prepared)"
            + "[ \\u00A0]+(?:by|from)[ \\u00A0]+(?:the[ \\u00A0]+)?)?"
            // a web address keeps its dots ("according to realestate.co.nz")
            + "(?<source>" + InnerAbbreviations.REGEX + "[\\p{L}][\\p{L}'’&-]*(?:\\.\\p{Ll}{2,}(?=[.,;:() ]|\\z))*"
            + "(?:[ \\u00A0]+" + InnerAbbreviations.REGEX + "[\\p{L}][\\p{L}'’&-]*){0,4})[ \\u00A0]*(?=[,.;:()]|\\z)");
    /** "… by the Department of Housing yesterday": the day the source published, no part of its name. */
    static final Pattern TRAILING_DAY = Pattern.compile(
        " (?:yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last week|this week)\\z");
    /** Pronouns and vague words that are no source ("according to him", "according to some"). */
    static final Pattern NOT_A_SOURCE = Pattern.compile(
        "(?i)(?:him|her|them|it|us|me|some|many|others|one|reports|sources|plan|schedule|tradition|rules|law)\\b.*");
  }
}
