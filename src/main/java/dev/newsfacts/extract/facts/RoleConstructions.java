package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.RoleFact;
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
  private static final Map<String, String> OFFICES = Map.of("sen", "Senator", "sens", "Senator", "rep", "Representative",
      "reps", "Representative", "gov", "Governor", "lt. gov", "Lieutenant Governor", "atty. gen", "Attorney General",
      "del", "Delegate", "supt", "Superintendent");
  private static final Pattern OFFICE_BEFORE = Pattern.compile(
      "(?<![\\p{L}.])(Lt\\. Gov|Atty\\. Gen|Sens?|Reps?|Gov|Del|Supt)\\.[ \\u00A0]+\\z");
  /**
   * "[Org's|his|her|its|the|the group's] title words, [Dr.] " right before the name: an honorific may stand
   * between the comma and the name ("Its chief medical officer, Dr. Paul Keller").
   */
  private static final Pattern TITLE_BEFORE = Pattern.compile(
      "(?:(?<owner>\\p{Lu}[\\p{L}.&-]*(?:[ \\u00A0]\\p{Lu}[\\p{L}.&-]*){0,4})['’]s[ \\u00A0]+"
          + "|(?<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he(?:[ \\u00A0]+(?<noun>\\p{Ll}+)['’]s)?)[ \\u00A0]+)"
          + "(?<title>(?:[\\p{Ll}-]+[ \\u00A0]+){0,3}[\\p{Ll}-]+),[ \\u00A0]+"
          + "(?:(?:Dr|Prof|Mr|Mrs|Ms|Rev)\\.?[ \\u00A0]+)?\\z");
  private static final Pattern WHO_HEADS = Pattern.compile(
      "\\A,[ \\u00A0]+who[ \\u00A0]+(?<verb>heads|leads|runs|directs|chairs|founded|co-founded|oversees)[ \\u00A0]+(?<rest>[^,;.\\n]{2,100})");
  private static final Map<String, String> VERB_TITLES = Map.of("heads", "head", "leads", "head", "runs", "head",
      "directs", "director", "chairs", "chair", "founded", "founder", "co-founded", "co-founder", "oversees", "head");

  private final String text;
  private final EntityIndex entities;
  private final EntityLexicon lex;

  RoleConstructions(String text, EntityIndex entities, EntityLexicon lex) {
    this.text = text;
    this.entities = entities;
    this.lex = lex;
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
    String title = OFFICES.get(x.group(1).toLowerCase(Locale.ROOT));
    return new RoleFact(null, person, title, null, x.start(1), m.end(), text.substring(x.start(1), m.end()));
  }

  /** "Gulfline's chief executive, Daniel Okafor": the title, and the organisation or country owning it. */
  RoleFact titleSetOff(String person, PersonMention m) {
    Matcher x = TITLE_BEFORE.matcher(text).region(Math.max(0, m.start() - 80), m.start());
    if (!x.find()) return null;
    String title = x.group("title").replaceAll("\\s+", " ");
    String[] words = title.split(" ");
    String head = words[words.length - 1];
    if (!Titles.isTitleWord(head) && !RoleFinder.isRoleNoun(head)) return null;
    String org = null;
    if (x.group("owner") != null) {
      LinkedMention o = entities.endingAt(x.end("owner"));
      if (o == null) o = entities.startingAt(x.start("owner"));
      if (o != null && o.entity().type() != EntityType.PERSON) org = o.entity().name();
      else if (lex.place(x.group("owner")) != null) org = lex.place(x.group("owner"));
      // an owner no list knows is still the employer the text gives ("Gulfline's chief executive")
      else if (o == null) org = x.group("owner");
    } else if (OwnerReference.pointsAtOrganisation(x.group("pronoun"), x.group("noun"))) {
      // "Its chief medical officer", "the group's founder": the organisation the text last named
      org = OwnerReference.lastOrganisation(text, entities, x.start());
    }
    int start = x.group("owner") != null ? x.start("owner") : x.start("title");
    return new RoleFact(null, person, title, org, start, m.end(), text.substring(start, m.end()));
  }

  /** "Tomas Lindqvist, who heads Greenpeace's oceans campaign": head of the organisation named there. */
  RoleFact whoHeads(String person, PersonMention m) {
    Matcher x = WHO_HEADS.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 140));
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
}
