package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Organisations, places and nationalities in capitalised runs: a run that ends with an organisation's
 * head word ("Sinaloa Cartel"), or opens with one and goes on with "of/for/on", is an organisation;
 * list entries (longest first) are places, organisations or nationalities; an acronym in brackets
 * after a name ("(CDC)") stands for that name in the rest of the article.
 */
final class MentionFinder {
  private static final Pattern CLOSING_MARKS = Pattern.compile("[\"”’')]+");

  /** By start, the longer first at one start. */
  // a class of the jar, not a lambda: a cold start spins a class for each lambda it meets (~0.4 ms of CPU)
  private static final Comparator<Mention> LONGER_FIRST_AT_A_START = new Comparator<>() {
    @Override
    public int compare(Mention x, Mention y) {
      return x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(y.end(), x.end());
    }
  };
  /** Words that open a storm's name ("Hurricane Delia"): an event's name, neither place nor person. */
  private static final java.util.Set<String> STORM_WORDS =
      dev.newsfacts.extract.lexicon.WordList.set("/dev/newsfacts/entities/storm-words.txt");
  /** Nouns a pollster's name goes before ("a new Harbourview poll"). */
  private static final java.util.Set<String> POLL_NOUNS =
      dev.newsfacts.extract.lexicon.WordList.set("/dev/newsfacts/entities/poll-nouns.txt");
  private final AnnotatedText at;
  private final List<Token> toks;
  private final EntityLexicon lex;
  private final boolean[] blocked;
  private final boolean[] personStarts;
  /** Acronym → the mention it was defined by. */
  private final Map<String, Mention> acronyms = new HashMap<>();
  private final List<Mention> out = new ArrayList<>();

  MentionFinder(AnnotatedText at, EntityLexicon lex, boolean[] blocked, boolean[] personStarts) {
    this.at = at;
    this.toks = at.tokens();
    this.lex = lex;
    this.blocked = blocked;
    this.personStarts = personStarts;
  }

  List<Mention> find() {
    List<TokenRun> runs = CapitalisedRuns.find(toks, blocked, lex);
    List<Integer> acronymStarts = new ArrayList<>();
    for (int n = 0; n < runs.size(); n++) {
      int a = runs.get(n).start();
      int b = runs.get(n).end();
      // "Chipmaker Veritas Semiconductor Inc. will build": the classifier opening the sentence is no part of the name
      if (ClassifiedNames.opensWithClassifier(toks, a, b, lex)) a++;
      // "the campaign group Homes for Bristol": after a classifier, "of/for/on" and the next run are the name's
      if (n + 1 < runs.size() && ClassifiedNames.namesOrganisation(toks, a, b, lex)
          && ClassifiedNames.connectorBetween(toks, b, runs.get(n + 1).start())) {
        b = runs.get(++n).end();
      } else if (ClassifiedNames.namesOrganisation(toks, a, b, lex)) {
        // "the youth group Jeunes pour la mobilité": a name in another language goes on past its particles
        int tail = ForeignNameTails.end(toks, b);
        if (tail > b) {
          b = tail;
          while (n + 1 < runs.size() && runs.get(n + 1).start() < b) n++;
        }
      }
      // "Institut de la statistique du Québec": a foreign head word opens a name that goes on past its particles
      int foreign = a < b ? ForeignHeadNames.end(toks, a, b) : b;
      if (foreign > b) {
        while (n + 1 < runs.size() && runs.get(n + 1).start() < foreign) n++;
        organization(a, foreign);
        continue;
      }
      // "Partido Verde", "Observatorio Fiscal": the head word opens a body's name with no particle too
      if (b - a >= 2 && ForeignHeadNames.opens(toks.get(a)) && lex.place(text(a, b)) == null) {
        organization(a, b);
        continue;
      }
      if (b < toks.size() && personStarts[b]) b = stripTitleWords(a, b);
      String single = b - a == 1 ? text(a, b) : "";
      // "Charlottesville, VA": a state's postal letters after a town, not the body a list gives them to
      String region = b - a == 1 ? PostalRegionsAfterTowns.region(toks, a, lex) : null;
      if (region != null) {
        add(a, b, EntityType.LOCATION, region);
        continue;
      }
      // "(NYSE: HBT)": a ticker symbol names no body
      if (b - a == 1 && TickerSymbols.isTicker(toks, a)) continue;
      if (b - a == 1 && CapitalisedRuns.isAcronym(single) && lex.place(single) == null
          && lex.organization(single) == null && lex.demonym(single) == null) {
        acronymStarts.add(a);  // resolved once every definition is known
        continue;
      }
      if (a < b) classify(a, b);
    }
    Set<String> things = acronymStarts.isEmpty() ? Set.of() : ThingAcronyms.find(toks, lex);
    for (int a : acronymStarts) if (!things.contains(toks.get(a).text())) acronym(a);
    hyphenatedPlaces();
    out.removeIf(new Predicate<Mention>() {
      @Override
      public boolean test(Mention m) {
        return platformAsMedium(m);
      }
    });
    out.sort(LONGER_FIRST_AT_A_START);
    return out;
  }

  /** "Mexican President" before a name: the title words belong to the person. */
  private int stripTitleWords(int a, int b) {
    while (b > a && Titles.isTitleWord(toks.get(b - 1).text()) && !lex.isOrgHead(toks.get(b - 1).text())
        && lex.place(toks.get(b - 1).text()) == null && lex.demonym(toks.get(b - 1).text()) == null
        && !PlaceHeadsInTitles.endsPlace(toks, a, b, lex)
        || b > a && toks.get(b - 1).is("of")
        // "Assistant District Attorney", "Dane County Circuit Judge": the court's word is the title's
        || b > a && CourtTitles.qualifiesRole(toks, b - 1)) {
      b--;
    }
    return b;
  }

  private void classify(int a, int b) {
    // "the Essex County Clerk's office": the office is named by its holder's title
    if (TitledOffices.namesOffice(toks, a, b)) {
      organization(a, b);
      return;
    }
    String whole = text(a, b);
    // "Water Services Regulation Authority (Ofwat) … Ofwat said": a short name the article defined in brackets
    Mention defined = b - a == 1 ? acronyms.get(whole) : null;
    if (defined != null) {
      add(a, b, defined.type(), defined.key());
      return;
    }
    if (b - a >= 2 && STORM_WORDS.contains(toks.get(a).text().toLowerCase(java.util.Locale.ROOT))
        && lex.place(whole) == null && !lex.isTown(whole)) {
      return;
    }
    String org = lex.organization(whole);
    // "Bay of Plenty Regional Council": a body's head word after the place makes the whole the body's name
    if (org == null && lex.place(whole) == null && PlacesWithOf.isPlace(toks, a, b) && !endsInStrongHead(b)) {
      add(a, b, EntityType.LOCATION, whole);
      return;
    }
    if (org != null && partyModifier(a, b, org)) {
      add(a, b, EntityType.NORP, whole);
      return;
    }
    if (org != null) {
      add(a, b, EntityType.ORGANIZATION, org);
      defineAcronym(b, org, EntityType.ORGANIZATION);
      return;
    }
    // "District of Columbia", "Soviet Union": a listed place whose last word is also an organisation's head
    String listedPlace = b - a >= 2 ? lex.place(whole) : null;
    if (listedPlace != null) {
      add(a, b, EntityType.LOCATION, listedPlace);
      return;
    }
    // "Rothschild & Co", "Brighton & Hove Albion": names joined by an ampersand are one firm's or club's
    if (AmpersandNames.inside(toks, a, b)) {
      organization(a, b);
      return;
    }
    // "a Reuters/Ipsos poll", "the NBC/WSJ survey": partners named together, one of them a listed organisation
    if (b - a == 1 && jointName(whole)) {
      add(a, b, EntityType.ORGANIZATION, whole);
      return;
    }
    // "Charlotte-Mecklenburg police", "Dallas-Fort Worth": places joined by a hyphen are one place
    if (b - a == 1 && hyphenatedPlacePair(whole)) {
      add(a, b, EntityType.LOCATION, whole);
      return;
    }
    String named = backReference(a, b);
    if (named != null) {
      add(a, b, EntityType.ORGANIZATION, named);
      return;
    }
    // "Scottish Health Survey", "World University Rankings": a run ending in a document's word is its title, not a body
    boolean document = b - a >= 2 && lex.isDocumentWord(CapitalisedRuns.word(toks.get(b - 1)));
    // "ABC Radio Sydney": a body's service in a place is one arm, before its head word would end the name at "Radio"
    if (b - a >= 3 && lex.place(text(a + 1, b)) == null && regionalArm(a, b)) {
      organization(a, b);
      return;
    }
    // "Meru Tea Brokers", "Kessel Capital": a firm's trade ends its name; "Fiji Airports": so does a facility's plural
    if (!document && (FirmTradeEndings.endsFirmName(words(a, b), lex) || OperatorPlurals.namesOperator(words(a, b), lex))) {
      organization(a, b);
      return;
    }
    // "Queensland Country Bank Stadium", "the Muchea Livestock Centre", "the Egegik District": the head word names a
    // ground, a facility or an area, whatever body's word comes before it or is it
    if (!document && lex.place(whole) == null && (SponsoredVenues.isVenue(words(a, b), lex)
        || FacilityCentres.isFacility(words(a, b))
        || DistrictsAsPlaces.isPlace(words(a, b), lex) && !DistrictsAsPlaces.owned(toks, a))) {
      add(a, b, EntityType.LOCATION, whole);
      return;
    }
    int head = document ? -1 : orgHead(a, b);
    if (head >= 0) {
      int end = orgEnd(a, head, b);
      organization(a, end);
      if (end < b) classify(end, b);
      return;
    }
    // "protests across the South", "talks with the North": a compass word after "the" is a region
    if (b - a <= 2 && a > 0 && toks.get(a - 1).is("the") && lex.isCompassRegion(whole)) {
      add(a, b, EntityType.LOCATION, whole);
      return;
    }
    // "a West Texas outbreak", "Northern Ontario": a compass word before a listed place names a part of it
    if (b - a >= 2 && b - a <= 4 && lex.place(whole) == null && lex.organization(whole) == null
        && isCompassWord(CapitalisedRuns.word(toks.get(a))) && lex.place(text(a + 1, b)) != null) {
      add(a, b, EntityType.LOCATION, whole);
      return;
    }
    if (b - a >= 2 && b - a <= 5 && CorporateSuffixes.isAktiengesellschaft(toks.get(b - 1).text(), text(a, b - 1), lex)) {
      organization(a, b);
      return;
    }
    // "the neighborhood group Livable Seattle", "the think tank Bruegel": the noun before says what the name is
    if (ClassifiedNames.namesOrganisation(toks, a, b, lex) || ClassifiedNames.employerAfterRole(toks, a, b, lex, whole)
        || ClassifierAppositions.namesOrganisation(toks, a, b, lex) && lex.place(whole) == null && !lex.isCountry(whole)
        // "the national meteorology institute, Inmet,", "Voltaro, one of four rental operators": the same, the other way round
        || (ClassifierAppositions.namedAfterNoun(toks, a, b, lex) || ClassifierAppositions.oneOfBodies(toks, a, b, lex))
            && lex.place(whole) == null && !lex.isCountry(whole) && !lex.isTown(whole) && lex.demonym(whole) == null) {
      organization(a, b);
      return;
    }
    // "Maricopa County", "Mississippi River": a place word ends the name of one place, whatever the lists say of its parts
    if (b - a >= 2 && b - a <= 4 && lex.isPlaceHead(CapitalisedRuns.word(toks.get(b - 1))) && lex.place(whole) == null
        && !lex.isCountry(text(a, b - 1))) {
      add(a, b, EntityType.LOCATION, whole);
      return;
    }
    // "Cardiff Rugby", "Cricket Australia": a place and a sport name the place's club or the sport's body
    if (SportsBodiesOfPlaces.isBody(words(a, b), lex)) {
      organization(a, b);
      return;
    }
    // "the Sheffield Shield", "a Super Rugby Pacific game": a competition is no body and no place; a listed league
    // opening it ("the Liga MX Clausura") is named all the same
    if (b - a >= 2 && CompetitionNames.isCompetition(words(a, b))) {
      String league = lex.organization(text(a, b - 1));
      if (league != null) add(a, b - 1, EntityType.ORGANIZATION, league);
      return;
    }
    // "Lake Superior", "Mount Kenya": a natural place's word opens one place's name
    if (lex.organization(whole) == null && PlaceOpeners.opensPlace(List.of(whole.split(" ")))) {
      add(a, b, EntityType.LOCATION, whole);
      return;
    }
    if (pollster(a, b, whole) || sportsTeam(a, b) || regionalArm(a, b) || BodiesNamedForCountries.isBody(toks, a, b, lex)) {
      organization(a, b);
      return;
    }
    // "the Kirkcaldy East ward", "near Port Alder Heights": words around a run of names no list gives whole say it is one place's
    if (b - a >= 2 && b - a <= 4 && lex.place(whole) == null && nameLike(a, b) && noListedPart(a, b)
        && PlaceCues.cued(toks, a, b, lex)) {
      add(a, b, EntityType.LOCATION, whole);
      return;
    }
    // "the Emissions Gap Report": a run ending in a document's word is its title, where a town's name is a plain word
    boolean towns = !(b - a >= 2 && lex.isDocumentWord(CapitalisedRuns.word(toks.get(b - 1))));
    int i = a;
    int pending = -1;
    while (i < b) {
      int matched = listMatch(i, b, towns);
      if (matched > i) {
        if (pending >= 0) leftover(pending, i);
        pending = -1;
        i = matched;
      } else {
        if (pending < 0) pending = i;
        i++;
      }
    }
    if (pending == a && b - a <= 3 && beforeRegion(b)) {
      // "Everett, Wash.", "Selma, Ala.": a name before a comma and a state or country is a town there
      add(a, b, EntityType.LOCATION, whole);
      return;
    }
    if (pending == a && b - a == 1 && CamelCaseNames.isCompanyStyle(whole)) {
      String longer = shortenedOrganisation(whole);
      if (longer != null) add(a, b, EntityType.ORGANIZATION, longer);
      else organization(a, b);
      return;
    }
    if (pending >= 0) leftover(pending, b);
  }

  /** Whether the run ending before {@code b} ends in an organisation's head word that is not weak ("Council"). */
  private boolean endsInStrongHead(int b) {
    String last = CapitalisedRuns.word(toks.get(b - 1));
    return lex.isOrgHead(last) && !lex.isWeakOrgHead(last);
  }

  /** "Brightwell Airlines ... Brightwell's chief": the earlier organisation this word opens the name of, or null. */
  private String shortenedOrganisation(String word) {
    for (Mention m : out) {
      if (m.type() == EntityType.ORGANIZATION && m.text().startsWith(word + " ")) return m.key();
    }
    return null;
  }

  /**
   * "BBC Scotland", "NHS Wales", "ABC Radio Sydney": a listed body or an acronym, maybe one word more, then a listed
   * place, is the body's arm there; a place
   * written in capitals ("US Ohio") is no body.
   */
  private boolean regionalArm(int a, int b) {
    if (b - a < 2 || b - a > 4) return false;
    String first = CapitalisedRuns.word(toks.get(a));
    if (first.length() < 3 || lex.place(first) != null || lex.isCountry(first) || lex.isPlainAcronym(first)) return false;
    boolean body = lex.organization(first) != null || CapitalisedRuns.isAcronym(first) && !first.contains(".");
    if (!body || CapitalisedRuns.possessive(toks.get(a))) return false;
    // "ABC Radio Sydney", "BBC Radio Scotland": the body's service may stand between it and the place
    for (int k = a + 1; k < b && k <= a + 2; k++) {
      if (lex.place(text(k, b)) != null) return k == a + 1 || !CapitalisedRuns.possessive(toks.get(k - 1));
    }
    return false;
  }

  /**
   * "a new Harbourview poll", "the latest Meridian survey": a name no list knows, of one or two words, right before
   * a poll's noun is the firm that ran it; places ("an Iowa poll") and nationalities ("a Republican poll") are not.
   */
  private boolean pollster(int a, int b, String whole) {
    if (b - a > 2 || b >= toks.size() || toks.get(b).sentence() != toks.get(a).sentence()
        || !POLL_NOUNS.contains(toks.get(b).text()) || CapitalisedRuns.possessive(toks.get(b - 1))) {
      return false;
    }
    return lex.place(whole) == null && lex.demonym(whole) == null && !lex.isCountry(whole)
        && lex.organization(whole) == null && !Titles.isTitleWord(whole);
  }

  /**
   * "the Halden Harriers", "the Port Alder Stingrays": a listed place or town and one plural word no list knows is
   * a sports club's name; parties' members ("Iowa Democrats") and places' words ("Florida Keys") are not.
   */
  private boolean sportsTeam(int a, int b) {
    if (b - a < 2 || b - a > 4) return false;
    Token last = toks.get(b - 1);
    String w = last.text();
    String place = text(a, b - 1);
    if (w.length() < 5 || !w.endsWith("s") || w.endsWith("ss") || !"PROPN".equals(last.pos())
        || !Character.isLowerCase(w.charAt(1))) {
      return false;
    }
    // "the North Queensland Cowboys": a compass word before the place names a part of it, the club's all the same
    boolean compassPlace = b - a >= 3 && isCompassWord(CapitalisedRuns.word(toks.get(a))) && lex.place(text(a + 1, b - 1)) != null;
    if (lex.place(place) == null && !lex.isTown(place) && !compassPlace) return false;
    return lex.demonym(w) == null && lex.place(w) == null && !lex.isTown(w) && lex.organization(w) == null
        && !lex.isPlaceHead(w) && !lex.isOrgHead(w) && !Titles.isTitleWord(w) && lex.place(text(a, b)) == null
        && !lex.isTown(text(a, b));
  }

  /**
   * "said on Twitter", "took to Facebook", "a Twitter user": a platform that is the medium, not a body that acts
   * ("Twitter announced" stays an organisation).
   */
  private boolean platformAsMedium(Mention m) {
    if (m.type() != EntityType.ORGANIZATION || !lex.isPlatform(m.text())) return false;
    int a = at.tokenAtOrAfter(m.start());
    int b = a;
    while (b < toks.size() && toks.get(b).start() < m.end()) b++;
    if (a > 0 && toks.get(a - 1).sentence() == toks.get(a).sentence()
        && (toks.get(a - 1).is("on") || toks.get(a - 1).is("to") || toks.get(a - 1).is("via"))) {
      return true;
    }
    return b < toks.size() && toks.get(b).sentence() == toks.get(a).sentence() && !toks.get(b).isCapitalised()
        && toks.get(b).pos().startsWith("NOUN");
  }

  /**
   * "the Security Council ... the Council's powers", "The New York Post ... the Post has learned": an
   * organisation's head word alone, after "the", names the organisation the article named earlier with it; the
   * canonical name of that one, or null.
   */
  private String backReference(int a, int b) {
    if (b - a != 1 || a == 0 || !toks.get(a - 1).text().equalsIgnoreCase("the")) return null;
    String w = CapitalisedRuns.word(toks.get(a));
    if (!lex.isOrgHead(w) || lex.isWeakOrgHead(w)) return null;
    for (int k = out.size() - 1; k >= 0; k--) {
      Mention m = out.get(k);
      if (m.type() != EntityType.ORGANIZATION || m.start() >= toks.get(a).start()) continue;
      String[] words = m.text().split(" ");
      if (words.length >= 2 && words[words.length - 1].equals(w)) return m.key();
    }
    return null;
  }

  /** "West", "Northern", "Southeast": a compass region's word or its adjective. */
  private boolean isCompassWord(String w) {
    if (lex.isCompassRegion(w)) return true;
    return w.endsWith("ern") && lex.isCompassRegion(w.substring(0, w.length() - 3));
  }

  private boolean hyphenatedPlacePair(String w) {
    int dash = w.indexOf('-');
    if (dash <= 0 || dash + 1 >= w.length() || !Character.isUpperCase(w.charAt(dash + 1))) return false;
    String first = w.substring(0, dash);
    return lex.place(first) != null || lex.isTown(first);
  }

  private boolean jointName(String w) {
    String[] parts = w.split("/");
    if (parts.length < 2) return false;
    boolean listed = false;
    for (String p : parts) {
      if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) return false;
      listed |= lex.organization(p) != null;
    }
    return listed;
  }

  /** The run's words, a possessive left off the last. */
  private List<String> words(int a, int b) {
    List<String> w = new ArrayList<>(b - a);
    for (int k = a; k < b; k++) w.add(k == b - 1 ? CapitalisedRuns.word(toks.get(k)) : toks.get(k).text());
    return w;
  }

  /** Index of the token heading an organisation's name in the run, or -1. */
  private int orgHead(int a, int b) {
    for (int k = b - 1; k >= a; k--) {
      if (!lex.isOrgHead(CapitalisedRuns.word(toks.get(k)))) continue;
      if (lex.isWeakOrgHead(CapitalisedRuns.word(toks.get(k))) && (k == a || titleCaseLine(k) || portfolio(k))) continue;
      // "Centers for ...", "Office on ...": the head opens a name that goes on with a connector
      boolean opens = k + 1 < b && !CapitalisedRuns.namePart(toks, k + 1, blocked);
      if (k > a || opens) return k;
    }
    return -1;
  }

  /** "Public Health Minister X": a weak head right before an office is the office's portfolio, not a body. */
  private boolean portfolio(int k) {
    return k + 1 < toks.size() && toks.get(k + 1).sentence() == toks.get(k).sentence()
        && Titles.isTitleWord(CapitalisedRuns.word(toks.get(k + 1))) && !lex.isOrgHead(CapitalisedRuns.word(toks.get(k + 1)));
  }

  /**
   * Whether the sentence of token {@code k} is a title-case headline ("Clinton Hid Past Health Problems"), where
   * capitals say nothing of names. The tagger's tags are no help there: it calls unknown names DET or SCONJ.
   */
  private boolean titleCaseLine(int k) {
    SentenceCase c = SentenceCase.of(toks, k);
    return c.words() >= 3 && c.capitalised() * 10 >= c.words() * 7;
  }

  /** Where the organisation ends: the run's end when it continues by connectors, else just after the head. */
  private int orgEnd(int a, int head, int b) {
    // "Edison Research for the Associated Press": a weak head ending plain name words opens no name that goes on
    // with a connector ("Institute of Health and Welfare" goes on: its weak head follows one)
    if (lex.isWeakOrgHead(CapitalisedRuns.word(toks.get(head))) && namePartsBetween(a, head)) return head + 1;
    // "Department of Statistics Malaysia (DOSM)": the acronym after the run spells all of it
    if (b > head + 1 && spelledByAcronymAfter(a, b)) return b;
    for (int k = head + 1; k < b; k++) {
      if (!CapitalisedRuns.namePart(toks, k, blocked)) return b;
    }
    // "Electoral Reform Society Scotland", "University College London": a place after the head is the arm's or
    // the seat's, inside the name
    if (head + 1 < b && !CapitalisedRuns.possessive(toks.get(head)) && lex.place(text(head + 1, b)) != null) return b;
    // "Justice Department Inspector General": words after the head are not part of the name
    return head + 1 == b ? b : lex.isOrgHead(CapitalisedRuns.word(toks.get(b - 1))) ? b : head + 1;
  }

  /** Whether "(ACR)" follows the run and its letters are the initials of all the run's capitalised words. */
  private boolean spelledByAcronymAfter(int a, int b) {
    if (b + 2 >= toks.size() || !toks.get(b).is("(") || !toks.get(b + 2).is(")")) return false;
    String acr = toks.get(b + 1).text();
    return CapitalisedRuns.isAcronym(acr) && BracketedAcronyms.initials(text(a, b)).equals(acr.replace(".", ""));
  }

  /** Whether every token from {@code a} to before {@code end} is a name's word (no connector among them). */
  private boolean namePartsBetween(int a, int end) {
    for (int k = a; k < end; k++) if (!CapitalisedRuns.namePart(toks, k, blocked)) return false;
    return true;
  }

  /** An organisation's name; a country opening it ("US State Department") is a modifier, kept as an alias. */
  private void organization(int a, int end) {
    // "University of California, Davis": the campus after the comma is the name's
    int campus = UniversityCampuses.campusEnd(toks, a, end, lex);
    if (campus > end) {
      add(a, campus, EntityType.ORGANIZATION, text(a, campus));
      return;
    }
    String full = text(a, end);
    String known = lex.organization(full);
    // "the Democratic Senate", "a Republican Congress": a party's word before a listed body says who holds it
    if (known == null && end - a >= 2 && "".equals(lex.demonym(CapitalisedRuns.word(toks.get(a))))
        && lex.organization(text(a + 1, end)) != null) {
      add(a, a + 1, EntityType.NORP, text(a, a + 1));
      organization(a + 1, end);
      return;
    }
    int nameFrom = a;
    // "US State Department": a country before a name that ends with its head word is a modifier;
    // "Portuguese Institute for Sea and Atmosphere" keeps it
    if (known == null && lex.isOrgHead(CapitalisedRuns.word(toks.get(end - 1)))) {
      int i = a;
      while (i < end - 2) {
        int m = countryAt(i, end);
        if (m <= i) break;
        i = m;
      }
      if (i > a) {
        listMatch(a, i);
        nameFrom = i;
      }
      known = lex.organization(text(nameFrom, end));
    }
    String canonical = known != null ? known : text(nameFrom, end);
    out.add(new Mention(toks.get(a).start(), CapitalisedRuns.nameEnd(toks.get(end - 1)), full, EntityType.ORGANIZATION, canonical,
        full));
    defineAcronym(end, canonical, EntityType.ORGANIZATION);
  }

  /**
   * Where a modifying country opening an organisation's name ends: an abbreviation ("US State Department") or a
   * people ("Mexican Foreign Ministry"); a country's full name is part of the name ("Singapore Management University",
   * "Canada Revenue Agency").
   */
  private int countryAt(int i, int end) {
    for (int j = Math.min(end, i + 3); j > i; j--) {
      String w = text(i, j);
      if (lex.isCountry(w) && w.equals(w.toUpperCase(java.util.Locale.ROOT)) || (lex.demonym(w) != null && !lex.demonym(w).isEmpty() && !w.equals("American"))) return j;
    }
    return i;
  }

  /** Longest list entry at {@code i}: adds its mention and returns where it ends, or {@code i}. */
  private int listMatch(int i, int b) {
    return listMatch(i, b, true);
  }

  /**
   * As {@link #listMatch(int, int)}; without {@code towns} (inside a document's title) neither the gazetteer's towns
   * nor one-word organisations that are no acronym.
   */
  private int listMatch(int i, int b, boolean towns) {
    for (int j = Math.min(b, i + lex.longestEntry()); j > i; j--) {
      String w = text(i, j);
      String p = lex.place(w);
      if (p != null) {
        add(i, j, EntityType.LOCATION, p);
        defineAcronym(j, p, EntityType.LOCATION);
        return j;
      }
      String o = lex.organization(w);
      // "Valmora's House Price Index": in a document's title a one-word organisation that is no acronym is a plain word
      if (o != null && partyModifier(i, j, o)) {
        add(i, j, EntityType.NORP, w);
        return j;
      }
      if (o != null && (towns || j - i > 1 || CapitalisedRuns.isAcronym(w))) {
        add(i, j, EntityType.ORGANIZATION, o);
        return j;
      }
      String d = lex.demonym(w);
      if (d != null) {
        add(i, j, EntityType.NORP, w);
        return j;
      }
      if (towns && lex.isTown(w) && !(j - i == 1 && CommonWordTowns.ordinaryAt(toks, i))) {
        add(i, j, EntityType.LOCATION, w);
        return j;
      }
    }
    return i;
  }

  /**
   * "GOP candidates", "the GOP presidential nomination": a party's abbreviation right before a lower-case noun or
   * adjective says whose, as "Republican" does (a nationality's kind); "the GOP" alone and "the GOP's" are the party.
   */
  private boolean partyModifier(int a, int b, String org) {
    if (b - a != 1 || b >= toks.size() || !org.endsWith(" Party") || !CapitalisedRuns.isAcronym(toks.get(a).text())) {
      return false;
    }
    Token next = toks.get(b);
    return next.sentence() == toks.get(a).sentence() && Character.isLowerCase(next.text().charAt(0))
        && (next.pos().startsWith("NOUN") || next.pos().startsWith("ADJ"));
  }

  /** Whether the tokens from {@code b} are a comma and a listed place ending the clause ("…, Wash., recently"). */
  boolean beforeRegion(int b) {
    return regionAfter(toks, b, lex);
  }

  /** Whether token {@code b} is a comma followed by a listed place (up to three words) that ends the clause. */
  static boolean regionAfter(List<Token> toks, int b, EntityLexicon lex) {
    if (b + 1 >= toks.size() || !toks.get(b).is(",") || toks.get(b + 1).sentence() != toks.get(b).sentence()) return false;
    for (int e = Math.min(toks.size(), b + 4); e > b + 1; e--) {
      StringBuilder w = new StringBuilder();
      for (int k = b + 1; k < e; k++) w.append(k > b + 1 ? " " : "").append(CapitalisedRuns.word(toks.get(k)));
      String name = w.toString();
      // "Ala" + "." the tokenizer may split at a sentence's end
      if (lex.place(name) == null && lex.place(name + ".") == null) continue;
      boolean ends = e == toks.size() || !toks.get(e).isCapitalised() || toks.get(e).sentence() != toks.get(b).sentence();
      if (ends) return true;
    }
    return false;
  }

  /** Words no list knows: a place when a place word ends them ("National Palace"). */
  private void leftover(int a, int b) {
    if (b - a >= 2 && lex.isPlaceHead(toks.get(b - 1).text())) add(a, b, EntityType.LOCATION, text(a, b));
    // "sold Quillfeather/ADJ shares": the tagger calls a firm's unknown name before its shares an adjective
    else if (b - a <= 4 && !(b - a == 1 && CapitalisedRuns.isAcronym(toks.get(a).text()))
        && OrganisationContextCues.cued(toks, a, b)) {
      cuedOrganisation(a, b);
    }
    else if (b - a <= 4 && !lex.isCompassRegion(text(a, b)) && nameLike(a, b)
        && (PlaceCues.cued(toks, a, b, lex) || PlaceCues.afterInOrAt(toks, a, b) || PlaceCues.headOf(toks, a, b)
            || PlaceNamePairs.isPlace(toks, a, b, blocked, lex) || weakTown(a, b))) {
      add(a, b, EntityType.LOCATION, text(a, b));
    }
  }

  /** "Northgate Metals Corp. … Northgate shares fell": a body cued by its shares is the one it shortens, if any. */
  private void cuedOrganisation(int a, int b) {
    String longer = shortenedOrganisation(text(a, b));
    if (longer != null) add(a, b, EntityType.ORGANIZATION, longer);
    else organization(a, b);
  }

  /**
   * "both from Outjo": a small town's name after a place's preposition, unless it shortens a body named before
   * ("Northgate Metals Corp. … approaches from Northgate").
   */
  private boolean weakTown(int a, int b) {
    String name = text(a, b);
    return CuedWeakTowns.isTown(toks, a, b, name, lex) && shortenedOrganisation(name) == null;
  }

  /** "RNC", "Congressional": neither an acronym nor an adjective is a place's name the words around could call one. */
  private boolean nameLike(int a, int b) {
    return !(b - a == 1 && CapitalisedRuns.isAcronym(toks.get(a).text())) && !toks.get(b - 1).pos().startsWith("ADJ");
  }

  /**
   * "central Iowa Democrats", "the New Hampshire Seacoast region": a run that opens with a listed place or ends with
   * a listed word is read by the lists, part by part.
   */
  private boolean noListedPart(int a, int b) {
    for (int k = a + 1; k < b; k++) if (lex.place(text(a, k)) != null) return false;
    String last = CapitalisedRuns.word(toks.get(b - 1));
    return lex.place(last) == null && lex.demonym(last) == null && lex.organization(last) == null && !lex.isTown(last);
  }

  private void defineAcronym(int after, String canonical, EntityType type) {
    if (after + 2 < toks.size() && toks.get(after).is("(") && toks.get(after + 2).is(")")) {
      String acr = toks.get(after + 1).text();
      if (CapitalisedRuns.isAcronym(acr) || type == EntityType.ORGANIZATION && BracketedAcronyms.shortName(acr)
          && lex.place(acr) == null && !lex.isTown(acr) && lex.organization(acr) == null && lex.demonym(acr) == null) {
        acronyms.putIfAbsent(acr, new Mention(0, 0, acr, type, canonical));
      }
    }
  }

  private void acronym(int i) {
    String w = CapitalisedRuns.word(toks.get(i));
    // "E.U." the tokenizer split before its last dot: the listed form with the dot
    if (i + 1 < toks.size() && toks.get(i + 1).is(".") && toks.get(i + 1).start() == toks.get(i).end() && w.contains(".")) {
      String org = lex.organization(w + ".");
      String place = lex.place(w + ".");
      if (org != null || place != null) {
        out.add(new Mention(toks.get(i).start(), toks.get(i + 1).end(), w + ".",
            org != null ? EntityType.ORGANIZATION : EntityType.LOCATION, org != null ? org : place));
        return;
      }
    }
    Mention def = acronyms.get(w);
    if (def != null) {
      add(i, i + 1, def.type(), def.key());
      return;
    }
    // initials of a name the article gives: "WOLA" for "Washington Office on Latin America"
    for (Mention m : List.copyOf(out)) {
      if (m.type() == EntityType.ORGANIZATION && initials(m.key()).equals(w.replace(".", ""))) {
        add(i, i + 1, m.type(), m.key());
        return;
      }
    }
    if (!unknownBody(i)) return;
    // "told DW.": a sentence's stop the tokenizer left on an acronym with no other dot is no part of it
    if (w.endsWith(".") && w.indexOf('.') == w.length() - 1 && lastOfSentence(i)) {
      String bare = w.substring(0, w.length() - 1);
      Mention def2 = acronyms.get(bare);
      int s = toks.get(i).start();
      out.add(new Mention(s, s + bare.length(), bare, EntityType.ORGANIZATION, def2 != null ? def2.key() : bare));
      return;
    }
    add(i, i + 1, EntityType.ORGANIZATION, w);
  }

  private boolean lastOfSentence(int i) {
    return i + 1 >= toks.size() || toks.get(i + 1).sentence() != toks.get(i).sentence()
        || CLOSING_MARKS.matcher(toks.get(i + 1).text()).matches();
  }

  /**
   * "a super PAC", "the AROS walk-ins": an acronym in running text that no list knows names a body; not a word
   * in capitals ("WIN", "PENCE:" opening a transcript's line), a code ("EB-5"), initials ("G.K. Butterfield"),
   * a common abbreviation ("TV", "CEO") or a line in capitals.
   */
  private boolean unknownBody(int i) {
    Token t = toks.get(i);
    String w = t.text();
    if (lex.isPlainAcronym(w) || !(t.pos().startsWith("PROPN") || t.pos().startsWith("NOUN"))) return false;
    // "KD 1.6 million", "5 million CFA francs": a currency's code
    if (CurrencyCodes.isCode(toks, i)) return false;
    // "Darragh Moloney TD": a seat's letters right after a person's name are his, not a body
    if (i > 0 && blocked[i - 1] && dev.newsfacts.extract.people.PostNominals.isLetters(w)) return false;
    // "DENVER", "PARIS": a place written in capitals
    String recased = w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
    if (lex.place(recased) != null || lex.isTown(recased)) return false;
    // "George H.W. Bush" where the sentence splitter stopped at the initials' last dot
    if (InitialsBeforeNames.inName(toks, i, lex)) return false;
    // "George H.W. Bush": initials before a surname
    if (w.contains(".") && i + 1 < toks.size() && toks.get(i + 1).sentence() == t.sentence()
        && toks.get(i + 1).start() - t.end() == 1 && toks.get(i + 1).pos().startsWith("PROPN")) {
      return false;
    }
    if (i + 1 < toks.size() && toks.get(i + 1).start() == t.end()) {
      Token n = toks.get(i + 1);
      if (n.is(":") || n.text().startsWith("-")) return false;
      if (n.is(".") && w.contains(".") && i + 2 < toks.size() && toks.get(i + 2).isCapitalised()
          && toks.get(i + 2).sentence() == t.sentence()) {
        return false;
      }
    }
    return !capitalsLine(i);
  }

  /** Whether most words of the sentence of token {@code k} are all capitals ("EVEN OZ'S BOSS THINKS"). */
  private boolean capitalsLine(int k) {
    SentenceCase c = SentenceCase.of(toks, k);
    return c.allCapitals() * 2 > c.words();
  }


  private static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split(" ")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
    return sb.toString();
  }

  /** "China-based", "US-led": the place before the hyphen. */
  private void hyphenatedPlaces() {
    for (int i = 0; i < toks.size(); i++) {
      if (blocked[i]) continue;
      Mention split = PlacesBeforeSplitHyphens.at(toks, i, lex);
      if (split != null) {
        out.add(split);
        continue;
      }
      Mention unlisted = UnlistedPlacesBeforeHyphens.at(at.text(), toks, i, lex);
      if (unlisted != null) {
        out.add(unlisted);
        continue;
      }
      String w = toks.get(i).text();
      int dash = w.indexOf('-');
      int s = toks.get(i).start();
      // "(D-Ohio)", "(R-Pa.)": a lawmaker's party and state
      if (dash == 1 && w.length() > 3 && "DRI".indexOf(w.charAt(0)) >= 0 && Character.isUpperCase(w.charAt(2))) {
        String state = partyState(i, w);
        if (lex.place(state) != null) {
          out.add(new Mention(s + 2, s + 2 + state.length(), state, EntityType.LOCATION, lex.place(state)));
        }
        continue;
      }
      // "(R-Mich.)" the tokenizer split after the hyphen: the state is the next word
      if (dash == 1 && w.length() == 2 && "DRI".indexOf(w.charAt(0)) >= 0 && i + 1 < toks.size() && !blocked[i + 1]
          && toks.get(i + 1).start() == toks.get(i).end() && toks.get(i + 1).isCapitalised()) {
        String state = partyState(i + 1, "--" + toks.get(i + 1).text());
        int from = toks.get(i + 1).start();
        if (lex.place(state) != null) out.add(new Mention(from, from + state.length(), state, EntityType.LOCATION, lex.place(state)));
        continue;
      }
      if (dash <= 0 || dash + 1 >= w.length() || !Character.isUpperCase(w.charAt(0))
          || !Character.isLowerCase(w.charAt(dash + 1))) continue;
      String head = w.substring(0, dash);
      String p = lex.place(head);
      if (p != null) out.add(new Mention(s, s + dash, head, EntityType.LOCATION, p));
      else if (lex.demonym(head) != null) out.add(new Mention(s, s + dash, head, EntityType.NORP, head));
    }
  }

  /** The state of "D-Ohio" or "R-Pa." (the tokenizer may leave the abbreviation's dot apart), or null. */
  private String partyState(int i, String w) {
    String state = w.substring(2);
    if (i + 1 < toks.size() && toks.get(i + 1).is(".") && toks.get(i + 1).start() == toks.get(i).end()
        && lex.place(state + ".") != null) {
      return state + ".";
    }
    return state;
  }

  private void add(int a, int b, EntityType type, String key) {
    out.add(new Mention(toks.get(a).start(), CapitalisedRuns.nameEnd(toks.get(b - 1)), text(a, b), type, key));
  }

  private String text(int a, int b) {
    return at.text().substring(toks.get(a).start(), CapitalisedRuns.nameEnd(toks.get(b - 1)));
  }
}
