package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.RoleFact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles: a title before a name ("Attorney General Merrick Garland", "US State Department spokesman
 * Matthew Miller", "Sinaloa Cartel kingpin Joaquin Guzman") or an apposition after it ("Stephanie Brewer,
 * director for Mexico at the Washington Office on Latin America,"). The organisation is the one named in or
 * just before the title, or after "at/of/with" in the apposition; a nationality stands for its country.
 */
final class RoleFinder {
  /** ", [the|a|an] phrase," after a name, the phrase ending at a comma, a full stop or a bracket. */
  private static final Pattern APPOSITION = Pattern.compile("\\A,[ \\u00A0]+(?:(?:the|a|an)[ \\u00A0]+)?([^,;.()\\n\"“”]{2,120})");
  /** A possessive opening an apposition: "FCA's", "the club's", an owner of up to three words "Lanterne Mutual's". */
  private static final Pattern OWNER_OPENS = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}.&-]*[ \\u00A0]+){0,2}[\\p{L}][\\p{L}.&-]*)['’]s[ \\u00A0]+(?=\\p{Ll})");
  /** A party and state or an age in brackets right after a name: "(R-Mich.)", "(D)", "(42)". */
  static final Pattern SHORT_BRACKET = Pattern.compile("\\A[ \\u00A0]*\\([^()\\n]{1,20}\\)");
  private static final Set<String> MODIFIERS = WordList.set("/dev/newsfacts/lexicon/en/title-modifiers.txt");
  /** Family words are in the title list (for "his son" sources) but are no role. */
  private static final Set<String> NOT_ROLES = WordList.set("/dev/newsfacts/lexicon/en/not-role-nouns.txt");
  /** Role nouns the person step does not need as titles before names but appositions use. */
  private static final Set<String> ROLE_NOUNS = WordList.set("/dev/newsfacts/lexicon/en/apposition-role-nouns.txt");
  private static final Set<String> ORG_PREPOSITIONS = Set.of("at", "of", "with", "for", "in");
  /** Words that end the role words of an apposition without naming its organisation ("a farmer near Seville",
   * "a shopkeeper in the old town"). */
  private static final Set<String> PHRASE_ENDS = Set.of("near", "from", "outside", "based", "who", "and", "on", "since", "in");
  private static final Set<String> OCCUPATIONS = WordList.set("/dev/newsfacts/lexicon/en/occupation-nouns.txt");
  /** A relative clause is no apposition: "who chairs the committee" is read by its own rule. */
  private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom", "where", "when", "that");

  private final String text;
  private final EntityIndex entities;
  private final EntityLexicon lex;

  RoleFinder(String text, EntityIndex entities, EntityLexicon lex) {
    this.text = text;
    this.entities = entities;
    this.lex = lex;
  }

  List<RoleFact> find() {
    List<RoleFact> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    RoleConstructions more = new RoleConstructions(text, entities, lex);
    MemberTitles members = new MemberTitles(text, entities, lex);
    TitleAfterSpeechVerb spoken = new TitleAfterSpeechVerb(text);
    CapitalisedTitleBefore office = new CapitalisedTitleBefore(text, entities, lex);
    TitleOfBodySetOff bodyOffice = new TitleOfBodySetOff(text, entities);
    StatedRole stated = new StatedRole(text, entities);
    OrganisationTitleBefore orgTitle = new OrganisationTitleBefore(text, entities, lex);
    LowerTitleOfOrganisationSetOff orgOffice = new LowerTitleOfOrganisationSetOff(text, entities);
    ArticleTitleSetOff articleTitle = new ArticleTitleSetOff(text, entities);
    RoleNamedNextSentence named = new RoleNamedNextSentence(text, entities);
    PortfolioTitleBefore portfolio = new PortfolioTitleBefore(text);
    RoleBeforeHonorific pastHonorific = new RoleBeforeHonorific(more);
    AppositionOpenedByCapital capitalOpened = new AppositionOpenedByCapital(text, entities, lex);
    for (EntityIndex.PersonWithMentions p : entities.people()) {
      for (PersonMention m : p.mentions()) {
        String name = p.entity().name();
        RoleFact before = members.before(name, m);
        if (before == null) before = spoken.role(name, m);
        if (before == null) before = titleBefore(name, m);
        if (before == null) before = more.office(name, m);
        if (before == null) before = more.titleSetOff(name, m);
        if (before == null && m.title().isEmpty()) before = more.occupationBefore(name, m);
        if (before == null && m.title().isEmpty()) before = office.role(name, m);
        if (before == null) before = orgTitle.role(name, m);
        if (before == null) before = portfolio.role(name, m);
        if (before == null) before = pastHonorific.role(name, m);
        if (before != null && seen.add(name + "|" + before.title().toLowerCase(Locale.ROOT))) {
          out.add(before);
        }
        RoleFact after = apposition(name, m);
        if (after == null) after = more.whoHeads(name, m);
        if (after == null) after = stated.role(name, m);
        if (after == null) after = capitalOpened.role(name, m);
        if (after != null && seen.add(name + "|" + after.title().toLowerCase(Locale.ROOT))) {
          out.add(after);
        }
        // "The Registrar of JAMB, Prof. Ibrahim Danjuma": the office beside the honorific
        RoleFact ofBody = bodyOffice.role(name, m);
        if (ofBody == null) ofBody = orgOffice.role(name, m);
        if (ofBody == null) ofBody = articleTitle.role(name, m);
        if (ofBody != null && seen.add(name + "|" + ofBody.title().toLowerCase(Locale.ROOT))) {
          out.add(ofBody);
        }
        RoleFact taken = more.asRole(name, m);
        if (taken != null && seen.add(name + "|" + taken.title().toLowerCase(Locale.ROOT))) {
          out.add(taken);
        }
        // "Its founder, retired accountant Glenn Whitaker": the title set off before the description, besides it
        RoleFact described = more.titleSetOffPastDescription(name, m);
        if (described != null && seen.add(name + "|" + described.title().toLowerCase(Locale.ROOT))) {
          out.add(described);
        }
        RoleFact earlier = named.role(name, m);
        if (earlier != null && seen.add(name + "|" + earlier.title().toLowerCase(Locale.ROOT))) {
          out.add(earlier);
        }
        RoleFact second = more.conjoinedApposition(name, m);
        if (second != null && seen.add(name + "|" + second.title().toLowerCase(Locale.ROOT))) {
          out.add(second);
        }
      }
    }
    for (RoleFact r : new UnlinkedSpeakerRoles(text, entities, more).find()) {
      if (seen.add(r.person() + "|" + r.title().toLowerCase(Locale.ROOT))) out.add(r);
    }
    return CouncilOfCouncillor.fill(out, text, entities);
  }

  private RoleFact titleBefore(String person, PersonMention m) {
    if (m.title().isEmpty()) return null;
    int titleStart = TitlesJoinedByAnd.start(text, HyphenedTitleOpening.start(text, m.titleStart()));
    int from = titleStart;
    String org = null;
    for (LinkedMention o : entities.within(titleStart, m.start())) {
      if (o.entity().type() == EntityType.PERSON || o.end() <= from) continue;
      from = o.end();
      org = organisation(o);
    }
    String title = HonorificAfterTitle.strip(clean(text.substring(from, m.start())));
    // "Gov. Tim Walz": the office, as "Sen." gives it, not its abbreviation
    String office = RoleConstructions.spelledOut(title);
    if (office != null) title = office;
    if (!isRole(title)) return null;
    if (org == null) {
      LinkedMention o = entities.endingAt(trimBack(titleStart));
      if (o != null && o.entity().type() != EntityType.PERSON) org = organisation(o);
      else if (o == null) org = new UnlinkedOwnerBeforeTitle(text, entities, lex).owner(titleStart);
    }
    return new RoleFact(null, person, title, org, titleStart, m.end(), text.substring(titleStart, m.end()));
  }

  private RoleFact apposition(String person, PersonMention m) {
    // "Rep. John Moolenaar (R-Mich.), chairman of …": a short bracket after the name comes before the apposition
    int from = m.end();
    Matcher bracket = SHORT_BRACKET.matcher(text).region(from, Math.min(text.length(), from + 30));
    if (bracket.lookingAt()) from = bracket.end();
    Matcher x = APPOSITION.matcher(text).region(from, Math.min(text.length(), from + 160));
    if (!x.lookingAt()) return null;
    int phraseStart = x.start(1);
    int phraseEnd = x.end(1);
    // "Liz McKeown, the ONS director of economic statistics": an organisation opening the phrase owns the title
    String leadOrg = null;
    String firstWord = WhiteSpace.words(text.substring(phraseStart, phraseEnd).strip())[0];
    if (RELATIVES.contains(firstWord.toLowerCase(Locale.ROOT))) return null;
    Matcher owned = OWNER_OPENS.matcher(text).region(phraseStart, phraseEnd);
    if (owned.lookingAt()) {
      // "APTA's president", "the FCA's joint executive director", "the club's under-21 coach": the owner's title
      leadOrg = owner(owned.group(1), phraseStart);
      phraseStart = owned.end();
    }
    LinkedMention lead = leadOrg != null ? null : entities.startingAt(phraseStart);
    if (lead != null && lead.entity().type() == EntityType.ORGANIZATION && lead.end() < phraseEnd) {
      int after = lead.end();
      if (text.startsWith("'s", after) || text.startsWith("’s", after)) after += 2;
      while (after < phraseEnd && Character.isWhitespace(text.charAt(after))) after++;
      // "the SNP MSP for Kirkcaldy": a title written in capitals after the organisation too
      if (after < phraseEnd && (Character.isLowerCase(text.charAt(after)) || titleWordAt(after, phraseEnd))) {
        leadOrg = lead.entity().name();
        phraseStart = after;
      }
    }
    if (leadOrg == null && lead == null) {
      // "Moira Wallace, the SNP MSP for Kirkcaldy": an organisation named before, not marked again here
      int space = text.indexOf(' ', phraseStart);
      if (space > phraseStart && space < phraseEnd && titleWordAt(space + 1, phraseEnd)) {
        String org = organisationNamed(text.substring(phraseStart, space));
        if (org != null) {
          leadOrg = org;
          phraseStart = space + 1;
        }
      }
    }
    String[] words = WhiteSpace.words(text.substring(phraseStart, phraseEnd).strip());
    int head = 0;
    while (head < words.length - 1 && MODIFIERS.contains(words[head].toLowerCase(Locale.ROOT))) head++;
    String headWord = PrefixedRoles.noun(words[head].toLowerCase(Locale.ROOT));
    if (!(Titles.isTitleWord(headWord) || ROLE_NOUNS.contains(headWord)) || NOT_ROLES.contains(headWord)) {
      // "a housing analyst at the Urban Institute", "the police chief": the role noun ends the words before "at"
      headWord = lastBeforePreposition(words);
      if (headWord != null) headWord = PrefixedRoles.noun(headWord);
      if (headWord == null || !isRoleNoun(headWord)) return null;
    }
    if (Character.isUpperCase(words[0].charAt(0)) && !Titles.isTitleWord(words[0])) return null;
    String org = leadOrg;
    int titleEnd = phraseEnd;
    for (LinkedMention o : entities.within(phraseStart, phraseEnd)) {
      if (o.entity().type() != EntityType.ORGANIZATION) continue;
      int cut = prepositionBefore(o.start(), phraseStart);
      if (cut < 0) continue;
      org = o.entity().name();
      titleEnd = cut;
      break;
    }
    String title = clean(text.substring(phraseStart, titleEnd));
    title = untilPhraseEnd(title);
    if (!isRole(title)) return null;
    int end = phraseEnd;
    while (end > phraseStart && Character.isWhitespace(text.charAt(end - 1))) end--;
    return new RoleFact(null, person, title, org, m.start(), end, text.substring(m.start(), end));
  }

  /** The organisation entity named {@code word} (its name or an alias), or null. */
  private String organisationNamed(String word) {
    for (Entity e : entities.entities()) {
      if (e.type() == EntityType.ORGANIZATION && (e.name().equals(word) || e.aliases().contains(word))) return e.name();
    }
    return null;
  }

  /** Whether the word at {@code at} is in the title list ("MSP", "MEP"). */
  private boolean titleWordAt(int at, int limit) {
    int end = at;
    while (end < limit && Character.isLetter(text.charAt(end))) end++;
    return end > at && Titles.isTitleWord(text.substring(at, end));
  }

  /**
   * The organisation a possessive names: the entity it is (an acronym no list knows is kept as written), or for
   * "the club's" the organisation the text named last; null for "the study's".
   */
  private String owner(String word, int at) {
    if (Character.isUpperCase(word.charAt(0))) {
      LinkedMention o = entities.startingAt(at);
      if (o != null && o.entity().type() == EntityType.PERSON) return null;
      return o != null ? o.entity().name() : word;
    }
    LinkedMention o = OwnerReference.byNoun(text, entities, at, word);
    return o == null ? null : o.entity().name();
  }

  /** The title's words before one that ends them ("grain farmer" of "grain farmer near Seville"). */
  private static String untilPhraseEnd(String title) {
    String[] words = title.split(" ");
    for (int k = 1; k < words.length; k++) {
      if (PHRASE_ENDS.contains(words[k].toLowerCase(Locale.ROOT))) return String.join(" ", Arrays.copyOf(words, k));
    }
    return title;
  }

  /** The noun that heads a title with a complement: "director" of "director of enforcement". */
  static String headBeforePreposition(String[] words) {
    for (int k = 1; k < words.length; k++) {
      if (ORG_PREPOSITIONS.contains(words[k].toLowerCase(Locale.ROOT))) return words[k - 1];
    }
    return words[words.length - 1];
  }

  /** The last of the phrase's words before its first preposition, lower case; null when a capital comes first. */
  private static String lastBeforePreposition(String[] words) {
    int k = 0;
    while (k < words.length && !ORG_PREPOSITIONS.contains(words[k].toLowerCase(Locale.ROOT))
        && !PHRASE_ENDS.contains(words[k].toLowerCase(Locale.ROOT))) {
      if (!words[k].isEmpty() && !Character.isLowerCase(words[k].charAt(0))) return null;
      k++;
    }
    return k == 0 || k > 4 ? null : words[k - 1].toLowerCase(Locale.ROOT);
  }

  /** Start of "at the" / "of" before an organisation named inside an apposition, or -1. */
  private int prepositionBefore(int orgStart, int limit) {
    int b = trimBack(orgStart);
    int a = b;
    while (a > limit && Character.isLetter(text.charAt(a - 1))) a--;
    String w = text.substring(a, b).toLowerCase(Locale.ROOT);
    if (w.equals("the")) {
      b = trimBack(a);
      a = b;
      while (a > limit && Character.isLetter(text.charAt(a - 1))) a--;
      w = text.substring(a, b).toLowerCase(Locale.ROOT);
    }
    return ORG_PREPOSITIONS.contains(w) && a > limit ? a : -1;
  }

  private String organisation(LinkedMention o) {
    if (o.entity().type() == EntityType.NORP) {
      String country = lex.demonym(o.text());
      return country == null || country.isEmpty() ? null : country;
    }
    return o.entity().name();
  }

  private int trimBack(int i) {
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
    return i;
  }

  private static String clean(String s) {
    return WhiteSpace.collapse(s.strip());
  }

  /** An occupation from the list, or an "-ist" noun ("epidemiologist"). */
  static boolean isOccupation(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return OCCUPATIONS.contains(l) || l.endsWith("ist") && l.length() > 5;
  }

  /** A word before a title's head that is not the role itself ("former", "senior"). */
  static boolean isTitleModifier(String w) {
    return MODIFIERS.contains(w.toLowerCase(Locale.ROOT));
  }

  /** A word of the title list that names no role ("son", "mother"). */
  static boolean isNotRole(String w) {
    return NOT_ROLES.contains(w.toLowerCase(Locale.ROOT));
  }

  static boolean isRoleNoun(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return (ROLE_NOUNS.contains(l) || OCCUPATIONS.contains(l) || Titles.isTitleWord(l) || l.endsWith("ist") || l.endsWith("manager")
        || l.equals("executive") || l.equals("analyst") || l.equals("minister")) && !NOT_ROLES.contains(l);
  }

  /** A title that says what someone does, not only "Mr." or "former". */
  private static boolean isRole(String title) {
    if (title.isEmpty()) return false;
    for (String written : title.split(" ")) {
      String w = PrefixedRoles.noun(written);
      String l = w.toLowerCase(Locale.ROOT);
      if ((Titles.isTitleWord(w) || ROLE_NOUNS.contains(l) || isOccupation(l)) && !NOT_ROLES.contains(l) && !Titles.isHonorific(w)) {
        return true;
      }
    }
    return false;
  }
}
