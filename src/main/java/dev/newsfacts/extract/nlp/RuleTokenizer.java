package dev.newsfacts.extract.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Tokens by rule, for languages without a tokenizer model on Maven Central (French, Spanish): words
 * (with inner hyphens, so "a-t-il" stays one), an elided article with its apostrophe ("l'", "d’"),
 * numbers with their separators ("3 000" is two tokens, "2,5" one), and every other character alone.
 */
final class RuleTokenizer implements Tokenizer {
  private static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{M}]{1,2}['’](?=\\p{L})|[\\p{L}\\p{M}\\p{N}]+(?:[-.,'’][\\p{L}\\p{M}\\p{N}]+)*|\\S");

  @Override
  public String[] tokenize(String s) {
    return Span.spansToStrings(tokenizePos(s), s);
  }

  @Override
  public Span[] tokenizePos(String s) {
    List<Span> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) out.add(new Span(m.start(), m.end()));
    return out.toArray(new Span[0]);
  }
}
