package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.RoleFact;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A capitalised office of a named body set off before the name, as Nigerian, Indian and British copy writes it:
 * "The Registrar of JAMB, Prof. Ibrahim Danjuma", "A former President of the Academic Staff Union of Universities,
 * Prof. Chinedu Okeke", "The Minister of Education, Dr. Amina Yusuf", "the Deputy Chief Executive in charge of Operations
 * at the Ghana Grains Board, Mr Kofi Asante". The title is the office with its body; the body, when it is an
 * organisation entity, is the organisation. The office may be hyphenated ("Director-General") and the body's acronym
 * may follow it in brackets.
 */
final class TitleOfBodySetOff {
  private static final Pattern BEFORE_NAME = Pattern.compile(
      // "Counsel for ECG, Yaw Mensah": at a sentence's start the office may go without its article
      "(?:(?<![\\p{L}])(?:[Tt]he|[Aa]n?)[ \\u00A0]+|(?:\\A|(?<=[.!?][ \\u00A0]|\\n)))(?<title>(?:(?:former|acting|interim|deputy|outgoing)[ \\u00A0]+)?"
          // "Director-General": a hyphenated office; "Deputy Chief Executive": up to three words
          + "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:[ \\u00A0]+\\p{Lu}\\p{Ll}+){0,2}"
          // "Deputy Director in charge of Operations at COCOBOD": the office's portfolio before its body
          + "(?:[ \\u00A0]+in[ \\u00A0]+charge[ \\u00A0]+of(?:[ \\u00A0]+\\p{L}+){1,3}?)?"
          + "[ \\u00A0]+(?:of|for|at)[ \\u00A0]+(?:the[ \\u00A0]+)?"
          + "(?<body>" + SetOffBeforeName.BODY + "))"
          // "the Lagos Chamber of Commerce and Industry (LCCI), Dr. X": the body's acronym in brackets
          + "(?:[ \\u00A0]+\\(\\p{Lu}[\\p{Lu}&-]{1,9}\\))?,[ \\u00A0]+"
          + SetOffBeforeName.HONORIFIC_AT_NAME);

  private final String text;
  private final EntityIndex entities;

  TitleOfBodySetOff(String text, EntityIndex entities) {
    this.text = text;
    this.entities = entities;
  }

  /** The office set off before mention {@code m} of {@code person}, or null. */
  RoleFact role(String person, PersonMention m) {
    Matcher x = SetOffBeforeName.find(text, BEFORE_NAME, m);
    if (x == null) return null;
    String title = WhiteSpace.collapse(x.group("title"));
    String org = SetOffBeforeName.organisation(entities, x);
    return new RoleFact(null, person, title, org, x.start("title"), m.end(), text.substring(x.start("title"), m.end()));
  }
}
