package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "…, the agency noted", "The department told reporters …": a speaker the quote step could only give as "the NOUN"
 * speaks for the organisation the noun stands for, which the statistic names as its source.
 */
final class DescribedSpeaker {
  private static final Pattern THE_NOUN = Pattern.compile("\\A[Tt]he[ \\u00A0]+(?<noun>\\p{Ll}+)\\z");

  private DescribedSpeaker() {}

  /** The organisation a speaker written {@code description} at {@code mentionStart} stands for, or null. */
  static LinkedMention organisation(String text, EntityIndex entities, int mentionStart, String description) {
    if (description == null) return null;
    Matcher x = THE_NOUN.matcher(description.strip());
    if (!x.matches()) return null;
    String noun = x.group("noun").toLowerCase(Locale.ROOT);
    if (!OwnerReference.isOrganisationNoun(noun) && !OrganisationKinds.isKind(noun)) return null;
    // "analytics firm Halden Insight … the firm noted": the one the story named with the noun beside it
    LinkedMention beside = DescribedOrganisation.besideName(text, entities, 0, mentionStart, noun);
    return beside != null ? beside : OwnerReference.byNoun(text, entities, mentionStart, noun);
  }
}
