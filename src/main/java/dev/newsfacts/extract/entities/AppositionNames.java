package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Full names whose given name no list knows, where news copy says they are people: a lawmaker's party and state
 * after them ("Sherrod Brown (D-Ohio)"), an apposition with a role ("Hope Hicks, a campaign spokeswoman"), or
 * a list of people they stand in ("Oprah Winfrey, Will Smith, Robert DeNiro"). Two or three capitalised words the
 * tagger reads as proper nouns, none of them a word the lists or other mentions claim.
 */
final class AppositionNames {
  private AppositionNames() {}

  /**
   * @param claimed tokens already in a mention
   * @param personStarts tokens where a person's mention starts
   */
  static List<Mention> find(AnnotatedText at, EntityLexicon lex, boolean[] claimed, boolean[] personStarts) {
    List<Mention> out = new ArrayList<>();
    List<Token> toks = at.tokens();
    int i = 0;
    while (i < toks.size()) {
      int end = nameEnd(toks, i, lex, claimed);
      if (end < 0) {
        i++;
        continue;
      }
      // a sentence's first word is capitalised whatever it is: there only a role in apposition says enough
      boolean opens = i == 0 || toks.get(i - 1).sentence() != toks.get(i).sentence();
      if (opens ? roleApposition(toks, end) : saysPerson(toks, end, personStarts)) {
        String name = at.text().substring(toks.get(i).start(), toks.get(end - 1).end());
        out.add(new Mention(toks.get(i).start(), toks.get(end - 1).end(), name, EntityType.PERSON, name));
      }
      i = end;
    }
    return out;
  }

  /** End of a two- or three-word name starting at {@code i} mid-sentence, or -1. */
  private static int nameEnd(List<Token> toks, int i, EntityLexicon lex, boolean[] claimed) {
    if (i > 0) {
      Token prev = toks.get(i - 1);
      if (prev.sentence() == toks.get(i).sentence() && prev.isCapitalised() && toks.get(i).start() - prev.end() <= 1) {
        return -1;
      }
    }
    int j = i;
    while (j < toks.size() && j - i < 3 && word(toks, j, i, lex, claimed)) j++;
    if (j - i < 2) return -1;
    if (j < toks.size() && toks.get(j).isCapitalised() && toks.get(j).start() - toks.get(j - 1).end() <= 1) return -1;
    return j;
  }

  private static boolean word(List<Token> toks, int j, int first, EntityLexicon lex, boolean[] claimed) {
    Token t = toks.get(j);
    String w = t.text();
    if (claimed[j] || !"PROPN".equals(t.pos()) || w.length() < 2 || !Character.isUpperCase(w.charAt(0))) return false;
    if (!hasLowerCaseAfterFirst(w) || w.contains("-")) return false;
    if (j > first && (toks.get(j).sentence() != toks.get(first).sentence() || t.start() - toks.get(j - 1).end() != 1)) return false;
    return lex.place(w) == null && lex.organization(w) == null && lex.demonym(w) == null && !lex.isOrgHead(w)
        && !lex.isDocumentWord(w) && !lex.isTown(w) && !Titles.isTitleWord(w);
  }

  private static boolean saysPerson(List<Token> toks, int end, boolean[] personStarts) {
    if (end + 1 >= toks.size()) return false;
    Token next = toks.get(end);
    Token after = toks.get(end + 1);
    // "(D-Ohio)", "(R-Pa.)"
    if (next.is("(") && after.text().length() > 2 && "DRI".indexOf(after.text().charAt(0)) >= 0
        && after.text().charAt(1) == '-') {
      return true;
    }
    if (next.is(",") || next.is("and")) {
      // "Oprah Winfrey, Will Smith, Robert DeNiro": next to a person in a list
      if (personStarts[end + 1]) return true;
      return roleApposition(toks, end);
    }
    return false;
  }

  /**
   * "Hope Hicks, a campaign spokeswoman": a comma, an article and a role word within a few words; or "Nasreen Haque
   * Chowdhury, president of the exporters' association": a comma and role words in lower case, no article, going on
   * with "of", "at" or "for".
   */
  private static boolean roleApposition(List<Token> toks, int end) {
    if (end + 1 >= toks.size() || !toks.get(end).is(",")) return false;
    Token after = toks.get(end + 1);
    // "president of", "chief executive at": the role goes on with its body, not with a name ("…, president Ann Lee said")
    int r = end + 1;
    while (r < toks.size() && !toks.get(r).isCapitalised() && Titles.isTitleWord(toks.get(r).text())) r++;
    if (r > end + 1 && r < toks.size() && (toks.get(r).is("of") || toks.get(r).is("at") || toks.get(r).is("for"))) return true;
    if (!(after.is("a") || after.is("an") || after.is("the"))) return false;
    for (int k = end + 2; k < Math.min(toks.size(), end + 6); k++) {
      if (toks.get(k).is(",") || toks.get(k).is(".")) break;
      if (Titles.isTitleWord(toks.get(k).text())) return true;
    }
    return false;
  }

  private static boolean hasLowerCaseAfterFirst(String w) {
    for (int i = 1; i < w.length(); i++) if (Character.isLowerCase(w.charAt(i))) return true;
    return false;
  }
}
