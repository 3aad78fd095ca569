package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.model.Dateline;
import dev.newsfacts.model.EventFact;
import dev.newsfacts.model.Fact;
import dev.newsfacts.model.RoleFact;
import dev.newsfacts.model.StatisticFact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Statistics, roles and events of one article, in text order, numbered f1, f2, … Thread-safe. */
public final class FactExtractor {
  /**
   * By start, then statistics before roles before events, then by end. A class of the jar, not a chain of lambdas:
   * a cold start spins a class for each lambda it meets (~0.4 ms of CPU each).
   */
  private static final Comparator<Fact> IN_TEXT_ORDER = new Comparator<>() {
    @Override
    public int compare(Fact a, Fact b) {
      int c = Integer.compare(a.start(), b.start());
      if (c == 0) c = Integer.compare(kindOrder(a), kindOrder(b));
      return c != 0 ? c : Integer.compare(a.end(), b.end());
    }
  };
  private final EntityLexicon lex;

  public FactExtractor(EntityLexicon lex) {
    this.lex = lex;
  }

  /**
   * @param reference the date relative dates are resolved against, or null
   * @param dateline the dateline, or null: the story starts after it, so its date is no event, and its place says
   *     what a bare "$" is
   */
  public List<Fact> extract(AnnotatedText at, EntityIndex entities, LocalDate reference, Dateline dateline) {
    int bodyStart = dateline == null ? 0 : dateline.end();
    String homeDollars = HomeDollars.of(at.text(), dateline, entities.entities(), lex);
    List<Fact> all = new ArrayList<>();
    SentenceDates dates = SentenceDates.of(at, bodyStart, reference);
    // what a fact points back to ("the company said") is named in the story, never the dateline's agency
    EntityIndex story = dateline == null ? entities : entities.without(dateline.start(), dateline.end());
    all.addAll(new StatisticFinder(at, story, reference, bodyStart, homeDollars, dates).find());
    all.addAll(new RoleFinder(at.text(), story, lex).find());
    all.addAll(new EventFinder(at, reference, bodyStart, dates).find());
    all.sort(IN_TEXT_ORDER);
    List<Fact> out = new ArrayList<>(all.size());
    for (Fact f : all) out.add(numbered(f, "f" + (out.size() + 1)));
    return out;
  }

  /** Facts found elsewhere (another language's rules), sorted and numbered as {@link #extract} numbers its own. */
  public static List<Fact> numbered(List<? extends Fact> found) {
    List<Fact> all = new ArrayList<>(found);
    all.sort(IN_TEXT_ORDER);
    List<Fact> out = new ArrayList<>(all.size());
    for (Fact f : all) out.add(numbered(f, "f" + (out.size() + 1)));
    return out;
  }

  /** Role titles per person name, in text order: entities show them among the person's titles. */
  public static Map<String, List<String>> roleTitles(List<Fact> facts) {
    Map<String, List<String>> out = EntityIndex.newTitleMap();
    for (Fact f : facts) {
      if (!(f instanceof RoleFact r)) continue;
      List<String> titles = out.get(r.person());
      if (titles == null) out.put(r.person(), titles = new ArrayList<>());
      titles.add(r.title());
    }
    return out;
  }

  private static int kindOrder(Fact f) {
    return f instanceof StatisticFact ? 0 : f instanceof RoleFact ? 1 : 2;
  }

  // instanceof, not a pattern switch: a switch over types links through a class the JDK generates on its first run
  private static Fact numbered(Fact f, String id) {
    if (f instanceof StatisticFact s) {
      return new StatisticFact(id, s.text(), s.start(), s.end(), s.quantity(), s.period(), s.location(), s.attribution());
    }
    if (f instanceof RoleFact r) {
      return new RoleFact(id, r.person(), r.title(), r.organization(), r.start(), r.end(), r.text());
    }
    EventFact e = (EventFact) f;
    return new EventFact(id, e.text(), e.start(), e.end(), e.date(), e.dateText());
  }
}
