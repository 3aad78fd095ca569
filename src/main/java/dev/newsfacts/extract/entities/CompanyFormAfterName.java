package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Kestrel Mining plc", "Harlow Brothers Ltd": the person step may read the words before a company's legal form as a
 * given name and a surname. A "person" whose full name is once followed right away by a legal form
 * (corporate-suffixes.txt) is that company's name, which the organisation rules then read with its form.
 */
final class CompanyFormAfterName {
  private CompanyFormAfterName() {}

  static boolean isCompany(AnnotatedText at, PersonEntry p) {
    List<Token> toks = at.tokens();
    for (PersonMention m : p.mentions) {
      if (!m.text().equals(p.name)) continue;
      int next = at.tokenAtOrAfter(m.end());
      if (next < toks.size() && toks.get(next).start() - m.end() == 1 && CorporateSuffixes.isSuffix(toks.get(next).text())) {
        return true;
      }
    }
    return false;
  }
}
