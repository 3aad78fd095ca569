package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.Attribution;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.Period;
import dev.newsfacts.model.Quantity;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.StatisticFact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Statistics: a figure ({@link Figures}) with what it counts (the noun phrase after it), the period
 * ({@link Periods}), the place and the source ("according to X", the speaker of the quote it is in, an
 * organisation as subject, "X said"). A sentence right after a statistic in the same paragraph that gives
 * no period, place or source of its own continues the previous one ("Fentanyl accounted for two-thirds of them").
 */
final class StatisticFinder {
  private static final Set<String> UNIT_POS = Set.of("NOUN", "PROPN", "ADJ");
  private static final Set<String> SKIP_BEFORE_UNIT = Set.of("more", "additional", "other", "new", "of", "the", "all",
      "those", "these", "its", "their");
  private static final Set<String> MORE = Set.of("more", "additional", "other");
  private static final Set<String> REPORTING = WordList.set("/dev/newsfacts/lexicon/en/statistic-reporting-words.txt");
  private static final Pattern SCALED = Pattern.compile("(?i)\\d[ -]?(?:million|billion|trillion|bn|m)\\b");
  private static final Set<String> POLL_STANDING = WordList.set("/dev/newsfacts/lexicon/en/poll-standing-verbs.txt");
  private static final Set<String> CURRENCY_WORDS = WordList.set("/dev/newsfacts/lexicon/en/currency-words.txt");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "across", "throughout", "within", "inside");

  private final AnnotatedText at;
  private final EntityIndex entities;
  private final LocalDate reference;
  private final int bodyStart;
  /** The dollar a bare "$" is in this story ({@link HomeDollars}), or null for US dollars. */
  private final String homeDollars;
  private final SentenceDates sentenceDates;

  StatisticFinder(AnnotatedText at, EntityIndex entities, LocalDate reference, int bodyStart, String homeDollars,
      SentenceDates sentenceDates) {
    this.at = at;
    this.entities = entities;
    this.reference = reference;
    this.bodyStart = bodyStart;
    this.homeDollars = homeDollars;
    this.sentenceDates = sentenceDates;
  }

  List<StatisticFact> find() {
    String text = at.text();
    List<StatisticFact> out = new ArrayList<>();
    List<Sentence> sentenceOf = new ArrayList<>();
    StatisticFact previous = null;
    int previousSentence = -2;
    // the last statistic that counts something, not a share of it, and its sentence
    StatisticFact lastCount = null;
    int lastCountSentence = -2;
    // the latest named source and its sentence: "the report said", "the survey" a few sentences on point back to it
    Attribution recent = null;
    int recentSentence = -10;
    // the latest sentence saying "the figures show", which the figures in it and after it are read under
    int figuresShowSentence = -10;
    // the organisation whose poll, survey or figures a sentence named ("according to a new Gallup poll"), and where
    Attribution study = null;
    int studySentence = -10;
    // the owner of the last report, survey or poll the story named, by noun ("the report found" much later)
    StudiesByNoun studies = new StudiesByNoun();
    Attribution company = ReportingCompany.of(at, entities, bodyStart);
    // the organisation the first paragraph gives its figures to ("…, the Labor Department said Friday")
    Attribution lead = null;
    // whether that organisation's figures are a poll's, whose candidates every sentence names
    boolean leadPoll = false;
    // "trails X by 4 points" is a poll's lead in percentage points only in a story about a poll
    boolean pollStory = PollLeadPoints.pollStory(text);
    int firstParagraph = LeadSource.firstParagraph(at, bodyStart);
    int ledeParagraph = LeadSource.ledeParagraph(at, bodyStart);
    for (Sentence s : at.sentences()) {
      int from = Math.max(s.start(), bodyStart);
      if (from >= s.end()) continue;
      // most sentences name no study: one test spares them the owner searches
      boolean namesStudy = CommonNounSources.namesStudy(text.substring(from, s.end()));
      LinkedMention owner = namesStudy ? CommonNounSources.owner(text, from, s.end(), topLevel(from, s.end())) : null;
      // "a federation survey of 4,800 members": the organisation the common noun stands for
      if (owner == null && namesStudy) owner = StudyOwners.byNoun(text, from, s.end(), entities);
      String ownerName = owner == null && namesStudy
          ? CommonNounSources.ownerByName(text, from, s.end(), topLevel(from, s.end())) : null;
      Attribution studyHere = owner != null ? CommonNounSources.jointOwner(text, owner, topLevel(from, s.end()))
          : ownerName != null ? new Attribution(ownerName, null) : null;
      // "The online survey of 1,004 adults … puts the party at 44 per cent": the study named a sentence or three
      // before, ahead of whoever the sentence's subject or quotes suggest
      // "…, the report found.": the owner of the last report named, however far back, ahead of a later poll's
      Attribution studyByNoun = studyHere == null ? studies.pointedBack(text.substring(from, s.end())) : null;
      Attribution studyAgain = studyByNoun != null ? studyByNoun
          : studyHere == null && study != null && s.index() - studySentence <= 3
          && CommonNounSources.namesStudyAgain(text.substring(from, s.end())) ? study : null;
      if (FiguresShow.pointsBack(text.substring(from, s.end()))) figuresShowSentence = s.index();
      List<DateMention> dates = sentenceDates.in(s);
      List<Figure> figures = HomeDollars.localise(Figures.find(text, from, s.end()), homeDollars);
      if (pollStory) figures = PollLeadPoints.asShares(text, from, figures);
      Period period = Periods.of(text, dates, reference);
      Figure whole = null;
      // the last statistic of this sentence that counts something, not a share of it
      StatisticFact count = null;
      Figure countFigure = null;
      // where the base of the last rate ends ("179.3 per 1,000"): the base is no figure of its own
      int rateBaseEnd = -1;
      for (int fi = 0; fi < figures.size(); fi++) {
        Figure f = figures.get(fi);
        if (insideDate(f, dates) || f == whole || f.start() < rateBaseEnd) continue;
        // "41 of the 50 largest cities": the part counts what the whole counts; the whole is no finding
        whole = fi + 1 < figures.size() && partOf(text, f, figures.get(fi + 1)) ? figures.get(fi + 1) : null;
        StatisticFact near = previous != null && s.index() - previousSentence <= 1 ? previous : null;
        int base = whole == null ? RateBases.end(text, f.end(), s.end()) : -1;
        // "16,544 people were in shelters. The figure is up 212 on August": a change measured against the count of
        // the sentence before, when this sentence counts nothing of its own
        StatisticFact counted = count == null && lastCount != null && lastCountSentence == s.index() - 1
            && at.sentences().get(lastCountSentence).paragraph() == s.paragraph() && ComparisonBase.before(text, f.start())
            ? lastCount : count;
        String unit = base < 0 ? StatisticUnits.refine(text, f, unit(whole != null ? whole : f, previous, near, counted))
            : rateUnit(f, base, previous, near, counted);
        if (base >= 0) rateBaseEnd = base;
        if (unit == null && count != null && ParallelAt.continues(text, countFigure, f)) unit = count.quantity().unit();
        if (unit == null) continue;
        Attribution source = source(s, from, f, studyHere, studyAgain);
        // "According to the report, …": the report the story credited just before
        if (source != null && source.entityId() == null && BareStudySource.pointsBack(source.name())) {
          Attribution earlier = recent != null && s.index() - recentSentence <= 3 ? recent : lead;
          if (earlier != null) source = earlier;
        }
        // "Net sales fell 2.4% to $3.8 billion" in a story about a company's results: the company's figure
        if (source == null && company != null && ReportingCompany.speaksOfResults(text.substring(from, s.end()))) {
          source = company;
        }
        // "The city's housing services division also reported …": a sentence naming the body that says it, one the
        // story named no organisation for, takes no source carried from the sentences before
        boolean ownBody = source == null && SourcePhrases.saysOwnBody(text, from, s.end(), entities);
        // "…, at 22%, the report found.": the report's owner, ahead of the sources named since
        if (source == null) source = studyByNoun;
        String place = place(s, from, f);
        Period p = period;
        // the next sentence goes on with the same figures; after a poll or report, also across a paragraph break
        boolean continues = previous != null && (previousSentence == s.index()
            || previousSentence == s.index() - 1 && (at.sentences().get(previousSentence).paragraph() == s.paragraph()
                || StatisticUnits.namesAStudy(previous.text())));
        if (continues) {
          if (source == null && !ownBody) source = previous.attribution();
          if (p == null) p = previous.period();
          if (place == null) place = previous.location();
        }
        if (source == null && !ownBody) source = studySource(study, studySentence, s, from);
        // "But the figures show the gap has narrowed. Schools in the west had a vacancy rate of 6.8 per cent": the
        // figures credited a few sentences before
        if (source == null && !ownBody && recent != null && figuresShowSentence - recentSentence <= 4
            && (figuresShowSentence == s.index() || figuresShowSentence == s.index() - 1
                && at.sentences().get(figuresShowSentence).paragraph() == s.paragraph())) {
          source = recent;
        }
        if (source == null && !ownBody && recent != null && s.index() - recentSentence <= 3
            && StatisticUnits.pointsBack(text.substring(from, s.end()), unit)) {
          source = recent;
        }
        // "Health care added 48,000 jobs": a figure nobody is named for in a story whose lede gave the figures' source
        // (a sentence that says who said it, "the city's water department said", keeps that body)
        if (source == null && !ownBody && lead != null && (LeadSource.carriesTo(entities, s)
            || leadPoll && LeadSource.pollCarriesTo(entities, s, end -> reportingVerbFollows(end, s)))
            && SourcePhrases.bodySaid(text, from, s.end()) == null) {
          source = lead;
        }
        if (source != null) {
          recent = source;
          recentSentence = s.index();
        }
        // "The civil defense agency of Rio Grande do Sul state said 111 people …": the body as written, when no rule
        // found the organisation it stands for
        if (source == null) {
          String body = SourcePhrases.bodySaid(text, from, s.end());
          if (body != null) source = new Attribution(body, null);
        }
        // "according to the Scottish Health Survey": a named study, no entity, gives the lede's figures all the same
        boolean namedStudy = source != null && source.entityId() == null && StatisticUnits.namesAStudy(source.name());
        // the first paragraph, or the lede and the paragraph after it ("…, the Office for National Statistics said")
        boolean opening = s.paragraph() == firstParagraph || LeadSource.opensStory(s, ledeParagraph);
        if (lead == null && opening && (LeadSource.isOrganisation(entities, source) || namedStudy
            || LeadSource.namesBody(source))) {
          lead = source;
          leadPoll = LeadSource.namesPoll(text.substring(from, s.end()));
        }
        int a = EventFinder.trimStart(text, from, s.end());
        int b = EventFinder.trimEnd(text, a, s.end());
        String sentenceText = text.substring(a, b);
        StatisticFact fact = new StatisticFact(null, sentenceText, a, b,
            new Quantity(f.value(), f.approximate(), unit, f.text()), p, place, source);
        out.add(fact);
        if (!unit.startsWith("share")) {
          count = fact;
          lastCount = fact;
          lastCountSentence = s.index();
          countFigure = f;
        }
        sentenceOf.add(s);
        previous = fact;
        previousSentence = s.index();
      }
      if (studyHere != null) {
        study = studyHere;
        studySentence = s.index();
        studies.named(text.substring(from, s.end()), studyHere);
        // "…, according to a survey released Wednesday by insurer Lanterne Mutual": a lede that names a poll's or a
        // report's owner gives the story's figures even when it quotes none itself
        if (lead == null && LeadSource.opensStory(s, ledeParagraph)
            && (studyHere.entityId() == null || LeadSource.isOrganisation(entities, studyHere))) {
          lead = studyHere;
          leadPoll = LeadSource.namesPoll(text.substring(from, s.end()));
        }
      }
    }
    return withLongForms(sourcedFromNextSentence(out, sentenceOf));
  }

  /**
   * Each statistic whose source is a short form the story defined in brackets, given the long form's organisation;
   * an organisation the story writes only short is named as written.
   */
  private List<StatisticFact> withLongForms(List<StatisticFact> facts) {
    List<StatisticFact> out = new ArrayList<>(facts.size());
    for (StatisticFact f : facts) {
      // "the FBI said": the story's own words name the source, not the lists' full name
      Attribution a = SourcesAsWritten.of(AcronymSources.expand(f.attribution(), at.text(), entities), at.text(), entities);
      out.add(a == f.attribution() ? f
          : new StatisticFact(f.id(), f.text(), f.start(), f.end(), f.quantity(), f.period(), f.location(), a));
    }
    return out;
  }

  /**
   * "China accounted for roughly 30% of the total. Emissions from aviation grew 7.4%, the report said.": a statistic
   * with no source takes the one the next sentence of its paragraph gives by pointing back to a study, and one that
   * speaks of figures without an owner ("official figures show") takes the owner the next sentence names.
   */
  private List<StatisticFact> sourcedFromNextSentence(List<StatisticFact> facts, List<Sentence> sentenceOf) {
    List<StatisticFact> out = new ArrayList<>(facts);
    for (int i = out.size() - 2; i >= 0; i--) {
      if (out.get(i).attribution() != null) continue;
      Sentence here = sentenceOf.get(i);
      for (int j = i + 1; j < out.size(); j++) {
        Sentence next = sentenceOf.get(j);
        if (next.index() == here.index()) continue;
        StatisticFact n = out.get(j);
        // only the next sentence's attributed figure can lend its source: the tests below are for it alone
        if (next.index() != here.index() + 1 || n.attribution() == null) break;
        boolean backReference = next.paragraph() == here.paragraph()
            && StatisticUnits.pointsBack(at.text().substring(next.start(), next.end()), n.quantity().unit());
        // "One in five patients …, official figures show." then "Data from NHS Wales show …": the owner named next
        boolean ownerNamedNext = CommonNounSources.namesStudy(at.text().substring(here.start(), here.end()))
            && CommonNounSources.owner(at.text(), next.start(), next.end(), topLevel(next.start(), next.end())) != null;
        // "fined £41m by the industry regulator." then "The Water Services Regulation Authority said …": the body
        // named next
        boolean bodyNamedNext = LeadSource.isOrganisation(entities, n.attribution())
            && BodyNamedNext.namesBodyByNoun(at.text().substring(here.start(), here.end()));
        // "…, county health officials said." then "The Pima County Health Department has confirmed …": the body named next
        boolean sayersNamedNext = !bodyNamedNext && LeadSource.isOrganisation(entities, n.attribution())
            && UnnamedSayersNamedNext.credits(at.text().substring(here.start(), here.end()));
        if (backReference || ownerNamedNext || bodyNamedNext || sayersNamedNext) {
          StatisticFact f = out.get(i);
          out.set(i, new StatisticFact(f.id(), f.text(), f.start(), f.end(), f.quantity(), f.period(), f.location(),
              n.attribution()));
        }
        break;
      }
    }
    return out;
  }

  /**
   * A source given by a common noun in an earlier sentence (this sentence's own study is read first, with
   * "according to"): the owner of a study the sentence before named ("according to a new Gallup poll." then "Just 28 percent …"), else of one named up to three
   * sentences before when this one names the study again ("The survey found …").
   */
  private Attribution studySource(Attribution earlier, int earlierSentence, Sentence s, int from) {
    if (earlier == null) return null;
    if (s.index() - earlierSentence == 1) return earlier;
    if (s.index() - earlierSentence <= 3 && CommonNounSources.namesStudyAgain(at.text().substring(from, s.end()))) {
      return earlier;
    }
    return null;
  }

  /** What stands between a part and its whole: "41 of the 50", "34 of their 38", "12 of its 20". */
  private static final Pattern PART_OF = Pattern.compile(" of (?:(?:the|their|its|his|her|our) )?");

  private static boolean partOf(String text, Figure part, Figure whole) {
    if (part.share() || part.currency() != null || whole.share() || whole.currency() != null || part.measure() != null
        || whole.measure() != null) return false;
    String between = text.substring(part.end(), whole.start());
    // "completed 34 of their 38 sets": a possessive stands where the article would
    return PART_OF.matcher(between).matches();
  }

  private static boolean insideDate(Figure f, List<DateMention> dates) {
    for (DateMention d : dates) if (f.start() < d.end() && d.start() < f.end()) return true;
    return false;
  }

  /**
   * What the figure counts: the noun phrase after it ("drug overdose deaths"), or null when there is none.
   *
   * @param near the previous statistic when it is in this sentence or the one before, else null
   * @param count the last statistic of this sentence that is no share, or null
   */
  private String unit(Figure f, StatisticFact previous, StatisticFact near, StatisticFact count) {
    List<Token> toks = at.tokens();
    int k = at.tokenAtOrAfter(f.end());
    int sentence = k < toks.size() ? toks.get(k).sentence() : -1;
    boolean more = false;
    while (k < toks.size() && toks.get(k).sentence() == sentence
        && SKIP_BEFORE_UNIT.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) {
      more |= MORE.contains(toks.get(k).text().toLowerCase(Locale.ROOT));
      k++;
    }
    if (k < toks.size() && toks.get(k).sentence() == sentence && "PRON".equals(toks.get(k).pos()) && f.share()) {
      // "two-thirds of them": a share of what the previous figure counted
      return previous != null ? "share of " + previous.quantity().unit() : toks.get(k).text();
    }
    if (k < toks.size() && toks.get(k).sentence() == sentence && "PRON".equals(toks.get(k).pos()) && near != null
        && k > 0 && toks.get(k - 1).text().equalsIgnoreCase("of")) {
      // "Around 158,000 of them had waited a year": a part of what the figure before counted
      return near.quantity().unit();
    }
    int first = k;
    while (k < toks.size() && toks.get(k).sentence() == sentence && unitWord(toks, k)
        && !TimeAfterUnit.at(toks, k)) k++;
    if (k == first && k < toks.size() && toks.get(k).sentence() == sentence && !f.share() && f.currency() == null
        && f.measure() == null) {
      // "35 to 40 barges": the low end counts the noun after the high end
      int past = RangeHighEnds.skip(toks, k, sentence);
      if (past > k && unitWord(toks, past)) {
        first = past;
        k = past;
        while (k < toks.size() && toks.get(k).sentence() == sentence && unitWord(toks, k)
        && !TimeAfterUnit.at(toks, k)) k++;
      }
    }
    if (k == first) {
      // "confirmed 112 heat deaths and is investigating 214 more": more of what the sentence counted already
      if (more && previous != null && previous.start() <= f.start() && f.end() <= previous.end() && !f.share()) {
        return previous.quantity().unit();
      }
      // "the number of job vacancies fell by 9,000 to 717,000": what the clause's subject counts
      String own = f.currency() != null ? f.currency() : f.measure();
      String subject = own == null ? ChangeSubjects.unit(at, f.start()) : null;
      if (subject != null) return subject;
      // "cutting the number of rental scooters from about 7,000 to 4,500": what "the number of" names
      String numberOf = own == null && !f.share() ? NumberOfBefore.unit(at, f.start()) : null;
      if (numberOf != null) return numberOf;
      if (own != null) return own;
      if (f.share()) return "share";
      // "2.41 billion crowns, above the 2.15 billion expected": a bare large amount counts what the one before did;
      // "added 48,000 jobs and construction 21,000": so does a bare count after a count of its sentence
      if (near != null && near.start() <= f.start() && f.end() <= near.end() && !near.quantity().unit().startsWith("share")
          && (SCALED.matcher(f.text()).find() || BareCounts.continues(near.quantity(), f))) {
        return near.quantity().unit();
      }
      // "4,211 stolen vehicles last year, down 60% from 10,476", "Cork had 1,080, Galway 542", "17 shots to Monterrey's
      // nine": the count before a share
      if (count != null && (BareCounts.continues(count.quantity(), f) || ComparisonBase.before(at.text(), f.start())
          || OpponentTally.before(at.text(), f.start()))
          && !f.share()) {
        return count.quantity().unit();
      }
      // "42 were injured and six remain missing", "Another 6,100 are under construction": a figure that is its verb's
      // subject counts what the count before it counted
      if (CountAsSubject.verbFollows(toks, k, sentence)) {
        if (count != null && CountAsSubject.fits(f, count.quantity().unit())) return count.quantity().unit();
        if (near != null && near.end() <= f.start() && CountAsSubject.afterAnother(at.text(), f.start())
            && CountAsSubject.fits(f, near.quantity().unit())) {
          return near.quantity().unit();
        }
      }
      // "Officials put the death toll at 42": the object the verb gives the figure to
      String object = ObjectPutAt.unit(at.text(), f.start());
      if (object != null) return object;
      // "an annual pace of 4.08 million", "a crowd of 40,000": a large count names what it counts before "of"
      return f.value() >= 1000 ? nounBeforeOf(f) : null;
    }
    String words = at.text().substring(toks.get(first).start(), toks.get(k - 1).end());
    String own = f.currency() != null ? f.currency() : f.measure();
    return own != null ? own + " (" + words + ")" : words;
  }

  /** What a rate counts: "outpatients per 1,000" of "179.3 per 1,000 outpatients", the base alone without a noun. */
  private String rateUnit(Figure f, int baseEnd, StatisticFact previous, StatisticFact near, StatisticFact count) {
    String base = RateBases.words(at.text(), f.end(), baseEnd);
    Figure pastBase = new Figure(f.start(), baseEnd, f.text(), f.value(), f.approximate(), f.share(), f.currency(),
        f.measure());
    String counted = at.tokenAtOrAfter(baseEnd) < at.tokens().size() ? unit(pastBase, previous, near, count) : null;
    return counted == null ? base : counted + " " + base;
  }

  /** The noun (with an adjective before it) right before "of" and the figure, or null. */
  private String nounBeforeOf(Figure f) {
    List<Token> toks = at.tokens();
    int k = at.tokenAtOrAfter(f.start()) - 1;
    if (k < 1 || !toks.get(k).text().equalsIgnoreCase("of") || !"NOUN".equals(toks.get(k - 1).pos())
        || toks.get(k - 1).sentence() != toks.get(k).sentence()) return null;
    int first = k - 1;
    if (first > 0 && "ADJ".equals(toks.get(first - 1).pos()) && toks.get(first - 1).sentence() == toks.get(k).sentence()) first--;
    return at.text().substring(toks.get(first).start(), toks.get(k - 1).end());
  }

  private static boolean unitWord(List<Token> toks, int k) {
    Token t = toks.get(k);
    if (CURRENCY_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) return true;
    // the UD tokenizer keeps "Guzman's" whole, tagged PROPN+PART
    String pos = t.pos().contains("+") ? t.pos().substring(0, t.pos().indexOf('+')) : t.pos();
    if (UNIT_POS.contains(pos) && Character.isLetter(t.text().charAt(0))) return true;
    if (CompoundWords.isWordTaggedAsPunctuation(t)) return true;
    // "1,000 registered voters", "300 confirmed cases": a participle the tagger calls a verb, before the noun it qualifies
    String w = t.text().toLowerCase(Locale.ROOT);
    if ("VERB".equals(pos) && (w.endsWith("ed") || w.endsWith("ing")) && k + 1 < toks.size()
        && toks.get(k + 1).sentence() == t.sentence() && "NOUN".equals(toks.get(k + 1).pos())) {
      return true;
    }
    // "Guzman's sons"
    return (t.text().equals("'s") || t.text().equals("’s")) && k + 1 < toks.size() && UNIT_POS.contains(toks.get(k + 1).pos());
  }

  /**
   * @param studyHere the owner of a study this sentence names, or null
   * @param studyAgain the owner of a study named a little before that this sentence names again, or null
   */
  private Attribution source(Sentence s, int from, Figure f, Attribution studyHere, Attribution studyAgain) {
    String text = at.text();
    String lower = text.substring(from, s.end()).toLowerCase(Locale.ROOT);
    // "74 economists polled by Reuters": the pollster is the source of the count of those it polled
    LinkedMention pollster = SourcePhrases.polledBy(text, f.end(), s.end(), topLevel(f.end(), s.end()));
    if (pollster != null) return new Attribution(pollster.entity().name(), pollster.entity().id());
    // "…, the Decision Support System run by the IITM, showed": the organisation behind what showed it
    LinkedMention runner = SystemRunBy.of(text, f.end(), s.end(), topLevel(f.end(), s.end()));
    if (runner != null) return new Attribution(runner.entity().name(), runner.entity().id());
    int according = lower.indexOf("according to ");
    // "Listings are up 14%, according to X, and homes take 46 days to sell, Y's figures show": "according to"
    // speaks for the figures before it; a figure after it goes with the study the sentence names
    if (according >= 0 && !(studyHere != null && f.start() > from + according)) {
      List<LinkedMention> after = topLevel(from + according, s.end());
      LinkedMention byRole = SourcePhrases.personByRole(text, from + according + "according to ".length(), after);
      if (byRole != null) return new Attribution(byRole.entity().name(), byRole.entity().id());
      for (int i = 0; i < after.size(); i++) {
        if (!isSource(after.get(i))) continue;
        // the source stands right after "according to" ("according to data from the ONS"), not clauses later
        if (!SourcePhrases.leadsTo(text, from + according + "according to ".length(), after.get(i).start())) break;
        // "according to Drewry's Cancelled Sailings Tracker": the owner publishes the named tracker, whether or not a
        // list knows the owner
        if (OwnedStudyName.namesStudy(after.get(i).text())) {
          OwnedStudyName.Owner o = OwnedStudyName.ownerBefore(text, from + according + "according to ".length(),
              after.get(i).start());
          if (o != null) return new Attribution(o.name(), null);
        }
        // "according to Harvard University's Joint Center for Housing Studies": the source is the part named last
        // but "according to the INE's Egatur survey": the institute, whose survey has that name
        while (i + 1 < after.size() && isSource(after.get(i + 1)) && possessiveBetween(after.get(i), after.get(i + 1))
            && !StudyOwners.namesTheStudy(text, after.get(i + 1).end())
            && !OwnedStudyName.namesStudy(after.get(i + 1).text())) i++;
        // "according to Halden Insight's head of research, Dr Olivia Grant": the person the role names
        if (i + 1 < after.size() && after.get(i + 1).entity().type() == EntityType.PERSON
            && (SourcePhrases.roleBeforePerson(text, after.get(i).end(), after.get(i + 1).start())
                // "according to DSWD Assistant Secretary Marites Cabral"
                || TitleBetweenBodyAndPerson.at(text, after.get(i).end(), after.get(i + 1).start()))) i++;
        LinkedMention m = after.get(i);
        // "according to a Chicago Tribune/WGN News poll": both
        if (i + 1 < after.size() && after.get(i + 1).start() == m.end() + 1 && text.charAt(m.end()) == '/') {
          return CommonNounSources.jointOwner(text, after.get(i + 1), after);
        }
        return new Attribution(m.entity().name(), m.entity().id());
      }
      // "According to him, 1,437,120 candidates …": the person named last before
      int pronoun = from + according + "according to ".length();
      if (pronoun + 3 <= s.end() && UnnamedSpeakers.isPronoun(text.substring(pronoun, wordEnd(text, pronoun, s.end())))) {
        int windowStart = at.sentences().get(Math.max(0, s.index() - 2)).start();
        Attribution person = UnnamedSpeakers.lastPerson(entities.within(Math.max(windowStart, bodyStart), from + according));
        if (person != null) return person;
      }
      // "according to court documents", "according to a report by council planning officers": the source as written
      String named = SourcePhrases.afterAccordingTo(text, from + according + "according to ".length(), s.end());
      // "according to the department's monthly jobs report": the organisation the owner noun stands for
      // "according to figures published by the council": the council the story named
      String ownerNoun = named == null ? null : SourcePhrases.ownerNoun(named);
      if (ownerNoun == null && named != null) ownerNoun = SourcePhrases.loneOrganisationNoun(named);
      LinkedMention owned = ownerNoun == null ? null : OwnerReference.byNoun(text, entities, from + according, ownerNoun);
      // "according to its annual report": the organisation whose report it is
      if (owned == null && named != null) owned = OwnSource.of(named, text, entities, from + according);
      if (owned != null) return new Attribution(owned.entity().name(), owned.entity().id());
      if (named != null) return new Attribution(named, null);
    }
    // "…, the council said": the organisation the noun stands for, before the quote step's guess
    LinkedMention byNoun = SourcePhrases.nounSaid(text, from, s.end(), entities);
    if (byNoun != null) return new Attribution(byNoun.entity().name(), byNoun.entity().id());
    // "a survey by the Chartered Institute … found": the study's owner, not whoever the quote step heard speak
    if (studyHere != null) return studyHere;
    // "…, data from Alphaliner show", "Modelling by Ridgeway Economics … estimated that": the maker named there
    NamedDataShow.Maker maker = NamedDataShow.mayName(lower) ? NamedDataShow.of(text, from, s.end()) : null;
    if (maker != null) {
      LinkedMention m = entities.startingAt(maker.start());
      if (m != null && isSource(m)) return new Attribution(m.entity().name(), m.entity().id());
      if (m == null) return new Attribution(maker.name(), null);
    }
    // "Department figures show …", "A council report has found …": the organisation the noun stands for
    LinkedMention byFigures = NounFiguresShow.of(text, s.start(), s.end(), entities);
    if (byFigures != null) return new Attribution(byFigures.entity().name(), byFigures.entity().id());
    int windowStart = at.sentences().get(Math.max(0, s.index() - 2)).start();
    // "It said about 6 per cent …": the organisation the sentence before opens with
    if (s.index() > 0 && from == s.start()) {
      LinkedMention it = ItSaidOpening.of(text, from, s.end(), at.sentences().get(s.index() - 1).start(), entities);
      if (it != null) return new Attribution(it.entity().name(), it.entity().id());
    }
    // "…, she said.": the person named last before the pronoun
    int pronoun = PronounSaidAtEnd.pronounStart(text, from, s.end(), f.end());
    if (pronoun >= 0) {
      Attribution person = UnnamedSpeakers.lastPerson(entities.within(Math.max(windowStart, bodyStart), pronoun));
      if (person != null) return person;
    }
    for (Quote q : entities.quotes()) {
      // "He said 1,955,069 candidates registered": the person the pronoun or the title stands for
      if (q.start() <= f.start() && f.end() <= q.end() && q.speaker() != null && q.speaker().name() == null
          && q.speaker().mention() != null) {
        Attribution person = UnnamedSpeakers.resolve(text, entities, Math.max(windowStart, bodyStart),
            q.speaker().mention().start(), q.speaker().description());
        if (person != null) return person;
        // "…, the agency noted": the organisation "the agency" stands for
        LinkedMention body = DescribedSpeaker.organisation(text, entities, q.speaker().mention().start(),
            q.speaker().mention().text());
        if (body != null) return new Attribution(body.entity().name(), body.entity().id());
      }
      // "IATA in June forecast that …": a month read as the speaker names no source
      if (q.start() <= f.start() && f.end() <= q.end() && q.speaker() != null && q.speaker().name() != null
          && !CommonNounSources.isCalendarName(q.speaker().name())) {
        // "The Joint Rescue Coordination Centre in Halifax said": the organisation, not the place after it
        if (q.speaker().mention() != null) {
          int place = BodyInPlace.placeStart(entities, q.speaker().mention().start(), q.speaker().mention().end());
          LinkedMention body = place < 0 ? null : BodyInPlace.before(text, entities, place);
          if (body != null) return new Attribution(body.entity().name(), body.entity().id());
        }
        // "Marek Novak, chairman of the Ruritanian Grain Association, said": the person, not the title's body
        if (q.speaker().mention() != null) {
          LinkedMention person = PersonBeforeTitle.of(text, entities, q.speaker().mention().start(),
              q.speaker().mention().text(), q.speaker().name());
          if (person != null) return new Attribution(person.entity().name(), person.entity().id());
        }
        if (q.speaker().entityId() == null) {
          LinkedMention named = namingMention(q.speaker().name(), s);
          if (named != null) return new Attribution(named.entity().name(), named.entity().id());
        }
        return new Attribution(q.speaker().name(), q.speaker().entityId());
      }
    }
    List<LinkedMention> mentions = topLevel(from, s.end());
    if (studyAgain != null && mentions.stream().noneMatch(m -> isSource(m) && reportingVerbFollows(m.end(), s))) {
      return studyAgain;
    }
    // "The union is demanding …": the organisation the story introduced as "union GDL"
    LinkedMention described = DescribedOrganisation.subject(text, entities, bodyStart, from, s.end());
    if (described != null) return new Attribution(described.entity().name(), described.entity().id());
    // "…, said its medical superintendent, Dr. Anita Rao": the person who says it, ahead of the organisation it opens with
    LinkedMention sayer = SayerAfterFigure.of(text, f.end(), s.end(), mentions);
    if (sayer != null) return new Attribution(sayer.entity().name(), sayer.entity().id());
    // the sentence's subject; "New York's Metropolitan Transportation Authority carried": the owner's part
    int first = 0;
    while (first + 1 < mentions.size() && possessiveBetween(mentions.get(first), mentions.get(first + 1))) first++;
    if (first < mentions.size() && mentions.get(first).start() < f.start()
        && mentions.get(first).entity().type() == EntityType.ORGANIZATION && !pollStandingFollows(mentions.get(first).end(), s)) {
      LinkedMention m = mentions.get(first);
      return new Attribution(m.entity().name(), m.entity().id());
    }
    for (LinkedMention m : mentions) {
      if (!isSource(m) || !reportingVerbFollows(m.end(), s)) continue;
      // "Dr Lena Okafor, professor of economics at Eastvale University, said": the person, not her university
      LinkedMention titled = m.entity().type() == EntityType.ORGANIZATION ? PersonTitledAtBody.of(text, entities, m) : null;
      LinkedMention speaker = titled != null ? titled : m;
      return new Attribution(speaker.entity().name(), speaker.entity().id());
    }
    // "The defendant's lawyer, Ana Ruiz, asked for a sentence of two years": the person who asks for the figure
    for (LinkedMention m : mentions) {
      if (m.entity().type() == EntityType.PERSON && m.end() <= f.start()
          && PersonAsksFigure.verbFollows(text, m.end(), f.start())) {
        return new Attribution(m.entity().name(), m.entity().id());
      }
    }
    // "…, the United Nations Environment Programme said in a report": the speaker the quote step found, when its
    // name is longer than any entity mention there
    for (Quote q : entities.quotes()) {
      Speaker sp = q.speaker();
      if (sp == null || sp.name() == null || sp.mention() == null) continue;
      if (sp.mention().start() >= f.end() && sp.mention().end() <= s.end() && reportingVerbFollows(sp.mention().end(), s)) {
        return new Attribution(sp.name(), sp.entityId());
      }
    }
    // "Surfers Against Sewage calculated that …": a finder no entity was recognised for
    String finder = UnrecognisedSubjectFound.of(text, from, f.start(), mentions);
    if (finder != null) return new Attribution(finder, null);
    // "He expects prices to rise 4%": the person named just before
    int previousStart = s.index() > 0 ? at.sentences().get(s.index() - 1).start() : from;
    Attribution forecaster = PronounForecaster.of(text, entities, previousStart, from, f.start());
    if (forecaster != null) return forecaster;
    // "Researchers at X analyzed … . They found that …": the researchers' institution
    if (s.index() > 0 && SourcePhrases.researchersFound(text, from, s.end())) {
      Sentence before = at.sentences().get(s.index() - 1);
      int after = SourcePhrases.researchersAt(text, before.start(), before.end());
      if (after >= 0) {
        for (LinkedMention m : topLevel(after, before.end())) {
          if (m.entity().type() == EntityType.ORGANIZATION) return new Attribution(m.entity().name(), m.entity().id());
        }
      }
    }
    // "…, Leger said.": a name no entity was recognised for, saying the sentence
    String named = SourcePhrases.nameSaid(at.text(), f.end(), s.end(), mentions);
    return named == null ? null : new Attribution(named, null);
  }

  private static int wordEnd(String text, int from, int to) {
    int k = from;
    while (k < to && Character.isLetter(text.charAt(k))) k++;
    return k;
  }

  /** Whether a verb of poll standing follows the subject ending at {@code offset} ("The party polled at 6%"). */
  private boolean pollStandingFollows(int offset, Sentence s) {
    return oneOfNextTwoWords(offset, s, POLL_STANDING);
  }

  /**
   * The entity behind a reported speaker the quote step named without one ("Bureau of Investigation" of
   * "The Federal Bureau of Investigation warned", "FBI"): a source mention in the sentence containing that name.
   */
  private LinkedMention namingMention(String speaker, Sentence s) {
    for (LinkedMention m : topLevel(s.start(), s.end())) {
      if (isSource(m) && (m.text().contains(speaker) || m.entity().name().contains(speaker))) return m;
    }
    return null;
  }

  /** Only "'s" and a space between two mentions: the first owns the second. */
  private boolean possessiveBetween(LinkedMention owner, LinkedMention owned) {
    String between = at.text().substring(owner.end(), Math.max(owner.end(), owned.start()));
    return between.equals("'s ") || between.equals("’s ") || between.equals("' ") || between.equals("’ ");
  }

  private static boolean isSource(LinkedMention m) {
    return m.entity().type() == EntityType.ORGANIZATION || m.entity().type() == EntityType.PERSON;
  }

  private boolean reportingVerbFollows(int offset, Sentence s) {
    // "Carla Nunes, who flew over the area on Friday, promised": the verb after the relative clause
    return oneOfNextTwoWords(SourcePhrases.afterRelativeClause(at.text(), offset, s.end()), s, REPORTING);
  }

  /** Whether one of the two words after {@code offset}, inside the sentence, is in {@code words} (lower case). */
  private boolean oneOfNextTwoWords(int offset, Sentence s, Set<String> words) {
    List<Token> toks = at.tokens();
    int k = at.tokenAtOrAfter(offset);
    for (int n = 0; n < 2 && k < s.endToken(); n++, k++) {
      if (words.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** The place: after "in/across ..." first, else the first place named before the figure. */
  private String place(Sentence s, int from, Figure f) {
    List<LinkedMention> mentions = topLevel(from, s.end());
    for (LinkedMention m : mentions) {
      if (m.entity().type() != EntityType.LOCATION) continue;
      int k = at.tokenAtOrAfter(m.start()) - 1;
      if (k >= 0 && k >= s.firstToken()) {
        String w = at.tokens().get(k).text().toLowerCase(Locale.ROOT);
        if (w.equals("the") && k - 1 >= s.firstToken()) w = at.tokens().get(k - 1).text().toLowerCase(Locale.ROOT);
        if (PLACE_PREPOSITIONS.contains(w)) return m.entity().name();
      }
    }
    for (LinkedMention m : mentions) {
      if (m.entity().type() == EntityType.LOCATION && m.end() <= f.start()) return m.entity().name();
    }
    return null;
  }

  /** Mentions in {@code [start, end)} that are not inside another one ("US" in "US Justice Department"). */
  private List<LinkedMention> topLevel(int start, int end) {
    List<LinkedMention> all = entities.within(start, end);
    List<LinkedMention> out = new ArrayList<>();
    int coveredTo = -1;
    for (LinkedMention m : all) {
      if (m.start() < coveredTo) continue;
      LinkedMention longest = m;
      for (LinkedMention o : all) {
        if (o.start() == m.start() && o.end() > longest.end()) longest = o;
      }
      out.add(longest);
      coveredTo = longest.end();
    }
    return out;
  }
}
