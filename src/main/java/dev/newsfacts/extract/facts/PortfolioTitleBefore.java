package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.RoleFact;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Cabinet member for highways and transport Helen Markland", "shadow minister for children's services Ann Lee": a
 * title whose portfolio, in lower case after "for", runs up to the name. British council and party style.
 */
final class PortfolioTitleBefore {
  private static final Set<String> HEADS = WordList.set("/dev/newsfacts/lexicon/en/portfolio-title-heads.txt");
  private static final Set<String> OPENERS = WordList.set("/dev/newsfacts/lexicon/en/portfolio-title-openers.txt");
  /** "[opener] [opener] head for lower-case words " ending at the name; the words may hold "and" and a possessive. */
  private static final Pattern BEFORE_NAME = Pattern.compile(
      "(?<![\\p{L}'’-])(?<openers>(?:[\\p{L}-]+[ \\u00A0]+){0,2}?)(?<head>[\\p{L}]+)[ \\u00A0]+for[ \\u00A0]+"
          + "(?:[\\p{Ll}-]+(?:['’]s)?,?[ \\u00A0]+){0,5}[\\p{Ll}-]+(?:['’]s)?[ \\u00A0]+\\z");
  /** How far before the name the title may start. */
  private static final int REACH = 100;

  private final String text;

  PortfolioTitleBefore(String text) {
    this.text = text;
  }

  /** The title with a portfolio right before mention {@code m} of {@code person}, or null. */
  RoleFact role(String person, PersonMention m) {
    int from = Math.max(0, m.start() - REACH);
    // most names have no lower-case word right before them: skip the pattern there
    int b = m.start();
    while (b > from && Character.isWhitespace(text.charAt(b - 1))) b--;
    if (b == m.start() || b == from || !Character.isLowerCase(text.charAt(b - 1))) return null;
    if (!WordsBeforeName.forThenLowerWords(text, from, m.start())) return null;
    Matcher x = BEFORE_NAME.matcher(text).region(from, m.start());
    // the leftmost match may open on words that are no part of the title: try each start the openers allow
    while (x.find()) {
      if (!HEADS.contains(x.group("head").toLowerCase(Locale.ROOT))) continue;
      int start = openersStart(x);
      if (start < 0) continue;
      String title = WhiteSpace.collapse(text.substring(start, m.start()).strip());
      return new RoleFact(null, person, title, null, start, m.end(), text.substring(start, m.end()));
    }
    return null;
  }

  /** Where the title starts: at its first opener word, after any word before them that is none; -1 for none. */
  private int openersStart(Matcher x) {
    String openers = x.group("openers");
    int start = x.start("head");
    String[] words = openers.strip().isEmpty() ? new String[0] : WhiteSpace.spaceWords(openers.strip());
    for (int k = words.length - 1; k >= 0; k--) {
      if (!OPENERS.contains(words[k].toLowerCase(Locale.ROOT))) break;
      start = text.lastIndexOf(words[k], start - 1);
    }
    return start;
  }
}
