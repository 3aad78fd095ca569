package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.people.Person;
import dev.newsfacts.extract.people.PersonIndex;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.Dateline;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds every entity of an article: people from {@link PersonIndex} (a name that is really a place or an
 * organisation is moved there), organisations, places and nationalities from {@link MentionFinder}; links
 * each quote's speaker to its person. Entities are numbered in the order of their first mention.
 */
public final class EntityBuilder {
  private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,6}s");
  private static final Pattern PARTY_AND_STATE = Pattern.compile("[DRI]-(\\p{Lu}[\\p{L}.]*)?");

  private final EntityLexicon lex;
  private final GivenNames given;

  /** @param given the person index's given names, for first names used alone */
  public EntityBuilder(EntityLexicon lex, GivenNames given) {
    this.lex = lex;
    this.given = given;
  }

  public EntityIndex build(AnnotatedText at, PersonIndex people, List<Quote> quotes) {
    return build(at, people, quotes, null);
  }

  /**
   * @param dateline the article's dateline or null: its place is a mention ("MEXICO CITY", which the
   *     lists would not find in capitals), its agency and date are none ("(APP - … Pakistan Point News …)")
   */
  public EntityIndex build(AnnotatedText at, PersonIndex people, List<Quote> quotes, Dateline dateline) {
    int skipStart = dateline == null ? 0 : dateline.start();
    int skipEnd = dateline == null ? 0 : dateline.end();
    String text = at.text();
    List<PersonEntry> persons = new ArrayList<>();
    List<Mention> moved = new ArrayList<>();
    Set<String> speakers = new HashSet<>();
    for (Quote q : quotes) {
      // "according to the Philippine Atmospheric, ...": a speaker written with "the" speaks for a body, no person's cue
      if (q.speaker() != null && q.speaker().name() != null && !GivenNamesForThings.withArticle(q.speaker())) {
        speakers.add(q.speaker().name());
      }
    }
    for (Person p : people.persons()) {
      PersonEntry e = new PersonEntry(p);
      // "Lindquist & Sons Hardware": the words beside a firm's ampersand are no person's, nor a body of their own
      FoundersInFirmNames.strip(text, e);
      if (e.mentions.isEmpty()) continue;
      if (OrganizationTails.isTail(at, e, lex) || OrganizationTails.isFirstHalf(at, e, lex) || endsInNationality(p)
          || partyAndState(p.name()) || CompanyFormAfterName.isCompany(at, e)
          || NamesGoingOnAfterOf.startsOrganisation(text, e, lex) || NamesThatAreNoOnes.noOne(at, e, lex, given)
          || GivenNamesForThings.noOne(e, speakers) || PluralPossessiveNames.endsInPeoplesPlural(p.nameWords())
          || OfficeHolderPossessives.isOfficeTitle(text, e, lex) || TitledOffices.officeWord(at, e)
          || UniversityCampuses.isCampus(at, e, lex) || TitlesStandingAlone.titleOnly(e)) {
        continue;
      }
      List<Mention> places = PlaceTails.asPlaces(at, e, lex, given);
      if (places == null) places = PlacesAcrossTitles.asPlaces(text, e, lex);
      if (places != null) {
        moved.addAll(places);
        continue;
      }
      List<Mention> bodies = HyphenatedBodies.asOrganisations(at, e, lex);
      if (bodies != null) {
        moved.addAll(bodies);
        continue;
      }
      if (headAfterTitle(e, text)) {
        // "the Federal Reserve", "the Democratic Party": the "title" and the "surname" are one organisation's name
        // "the Great Plains": a place's the same way
        EntityType type = lex.isOrgHead(e.name) ? EntityType.ORGANIZATION : EntityType.LOCATION;
        for (PersonMention m : e.mentions) {
          if (type == EntityType.ORGANIZATION && NamesGoingOnAfterOf.goesOn(text, m.end())) continue;
          String whole = text.substring(m.titleStart(), m.end());
          String listed = type == EntityType.ORGANIZATION ? lex.organization(whole) : lex.place(whole);
          moved.add(new Mention(m.titleStart(), m.end(), whole, type, listed != null ? listed : whole));
        }
        continue;
      }
      // "Fifth Amendment", "Free Trade Agreement": a document's name, left to the organisation lists
      if (lex.isDocumentWord(p.nameWords().get(p.nameWords().size() - 1))) continue;
      // "the Sheffield Shield", "the Liga MX Clausura": a competition's name, left to the lists and CompetitionNames
      if (p.nameWords().size() >= 2 && CompetitionNames.endsCompetition(p.nameWords().get(p.nameWords().size() - 1))) continue;
      if (acronymPlural(p.nameWords().get(p.nameWords().size() - 1)) && p.gender() == 0) {
        // "super PACs": the plural of an abbreviation names bodies, no one
        for (PersonMention m : e.mentions) moved.add(new Mention(m.start(), m.end(), m.text(), EntityType.ORGANIZATION, m.text()));
        continue;
      }
      // "KUALA LUMPUR": a dateline's place in capitals, as the lists name it
      String capitals = PlacesInCapitals.place(p.name(), lex);
      EntityType other = ClassifiedNames.classifiedPerson(at, e, lex) || OwnerBeforeRole.isOrganisation(at, e, given)
          || NamesWithTheirAcronyms.isOrganisation(text, e)
          || WhichAfterName.isOrganisation(at, e, given, lex)
          ? EntityType.ORGANIZATION
          : townBeforeRegion(at, e) || TownsAfterPlacePrepositions.isTown(at, e, lex) || CuedPlaceNames.isPlace(at, e, lex)
              || capitals != null ? EntityType.LOCATION
          : namedBody(p) || clubAfterThe(at, e) || endsInAcronym(p) || HeadFirstBodies.isBody(p.nameWords(), lex)
              || FirmTradeEndings.endsFirmName(p.nameWords(), lex)
              ? EntityType.ORGANIZATION
          : notAPerson(p.name());
      if (other == null) {
        persons.add(e);
        continue;
      }
      String listed = other == EntityType.LOCATION ? (capitals != null ? capitals : lex.place(p.name()))
          : lex.organization(p.name());
      String key = listed != null ? listed : p.name();
      boolean club = other == EntityType.ORGANIZATION && listed == null && placeAndPlural(p.nameWords());
      if (club) key = clubName(at, e, key);
      for (PersonMention m : e.mentions) {
        // "Korea" of "North Korea's", joined to "N. Korea" as a surname would be: the lists read it in place
        if (!m.text().equals(p.name()) && lex.place(m.text()) == null && lex.organization(m.text()) == null) continue;
        if (other == EntityType.ORGANIZATION && !m.text().equals(p.name()) && lex.place(m.text()) != null) {
          // "the Department of Statistics Malaysia" after "Bank Negara Malaysia": the place ends another name, left to the lists
          if (afterNameWord(at, m.start())) continue;
          // "Wales" after "NHS Wales": the place the body's name ends with, not the body
          moved.add(new Mention(m.start(), m.end(), m.text(), EntityType.LOCATION, lex.place(m.text())));
          continue;
        }
        int placeEnd = other == EntityType.LOCATION ? placeAcrossParticle(text, m.end(), m.text()) : m.end();
        int start = club && m.text().equals(p.name()) ? CompassBeforeClubs.start(at, m.start(), lex) : m.start();
        String placeText = text.substring(start, placeEnd);
        moved.add(new Mention(start, placeEnd, placeText, other, placeEnd == m.end() ? key : lex.place(placeText)));
      }
    }
    Nicknames.repair(text, persons);
    DashedNameParts.apply(text, persons);
    persons = PersonRepairs.apply(at, persons, lex);
    NamePropagation.apply(at, persons, lex, skipStart, skipEnd);
    FoundersInFirmNames.strip(text, persons);

    List<Token> toks = at.tokens();
    boolean[] blocked = new boolean[toks.size()];
    boolean[] personStarts = new boolean[toks.size() + 1];
    for (PersonEntry p : persons) {
      for (PersonMention m : p.mentions) {
        int first = at.tokenAtOrAfter(m.start());
        personStarts[first] = true;
        for (int i = first; i < toks.size() && toks.get(i).start() < m.end(); i++) blocked[i] = true;
      }
    }
    for (Mention m : moved) {
      for (int i = at.tokenAtOrAfter(m.start()); i < toks.size() && toks.get(i).start() < m.end(); i++) blocked[i] = true;
    }
    for (int i = at.tokenAtOrAfter(skipStart); i < toks.size() && toks.get(i).start() < skipEnd; i++) blocked[i] = true;
    List<Mention> found =
        new ArrayList<>(CurrencyUnitPlaces.withoutCurrencyOnlyPlaces(at, new MentionFinder(at, lex, blocked, personStarts).find()));
    found.addAll(moved);
    for (Mention d : ParagraphDatelines.find(at, lex, skipStart, skipEnd)) {
      if (!overlapsAny(found, d)) found.add(d);
    }
    boolean[] claimed = blocked.clone();
    for (Mention m : found) {
      for (int i = at.tokenAtOrAfter(m.start()); i < toks.size() && toks.get(i).start() < m.end(); i++) claimed[i] = true;
    }
    List<Mention> pairs = GivenNamePairs.find(at, given, lex, claimed);
    for (Mention m : pairs) {
      for (int i = at.tokenAtOrAfter(m.start()); i < toks.size() && toks.get(i).start() < m.end(); i++) claimed[i] = true;
    }
    found.addAll(pairs);
    found.addAll(LoneGivenNames.find(at, given, lex, claimed, PlaceListNeighbours.of(at, found)));
    found.addAll(AppositionNames.find(at, lex, claimed, personStarts));
    boolean[] inMention = claimed.clone();
    for (Mention m : found) {
      for (int i = at.tokenAtOrAfter(m.start()); i < toks.size() && toks.get(i).start() < m.end(); i++) inMention[i] = true;
    }
    Set<String> personWords = new HashSet<>();
    for (PersonEntry p : persons) personWords.addAll(List.of(p.name.split(" ")));
    found.addAll(PlaceListMembers.find(at, found, inMention, lex, personWords));
    found.addAll(NamesWithTheirAcronyms.find(at, inMention, lex));
    found.addAll(PlacesBeforeKindNouns.find(at, inMention, lex, personWords));
    // "Siparia, Princes Town and Couva, who …": names listed with places are places, whatever a "who" said
    PeopleListedWithPlaces.Places listed = PeopleListedWithPlaces.find(at, persons, found, speakers);
    if (!listed.isEmpty()) {
      persons = new ArrayList<>(persons);
      persons.removeAll(listed.people());
      found.removeAll(listed.mentions());
      for (Mention m : listed.mentions()) found.add(new Mention(m.start(), m.end(), m.text(), EntityType.LOCATION, m.key()));
      for (PersonEntry p : listed.people()) {
        for (PersonMention m : p.mentions) found.add(new Mention(m.start(), m.end(), m.text(), EntityType.LOCATION, p.name));
      }
    }
    if (dateline != null) {
      found.add(datelinePlace(text, dateline));
      found.addAll(DatelineParts.find(text, dateline, lex));
    }
    found = ArticlePrefixedPlaces.extend(text, found);
    found = NestedMentions.withoutNested(found);
    found = BracketedAcronyms.relink(text, found);
    found = ShortenedBodies.relink(found, lex);
    found = ShortenedNames.relink(found, lex);
    found = LocalBodiesForShortForms.relink(found);
    found = SportsSides.retype(at, found, blocked, lex);
    found = PluralSides.add(at, found, blocked, lex);
    // "according to Drewry", "economists at Nedbank": a lone name no rule took where a story names its source
    found = SourceBodies.add(at, found, blocked, lex, given);
    // "Harlan Cold Chain Inc. … Harlan said": a one-word "person" that shortens a firm named before
    found = new ArrayList<>(found);
    List<PersonEntry> kept = new ArrayList<>(persons.size());
    for (PersonEntry p : persons) {
      // "The Land Transportation Franchising and Regulatory Board (LTFRB)": a "person" only ever inside a body's name
      if (insideOrganisations(p, found)) continue;
      Mention firm = FirmsByFirstWord.firmOf(p, found, lex);
      if (firm == null) kept.add(p);
      else found.addAll(FirmsByFirstWord.asFirm(p, firm));
    }
    persons = kept;
    found = FirmsByFirstWord.relink(found, lex);

    // group: people by person, the rest by type and canonical name
    record Group(String key, EntityType type, String name, List<TextSpan> spans, Set<String> aliases,
        Set<String> titles, PersonEntry person) {}
    List<Group> groups = new ArrayList<>();
    Map<PersonEntry, Group> byPerson = new IdentityHashMap<>();
    for (PersonEntry p : persons) {
      Group g = new Group(p.name, EntityType.PERSON, p.name, new ArrayList<>(), new LinkedHashSet<>(),
          new LinkedHashSet<>(), p);
      for (PersonMention m : p.mentions) {
        // the words as written: a name found across a no-break space or a line break keeps it
        g.spans().add(new TextSpan(m.start(), m.end(), text.substring(m.start(), m.end())));
        if (!m.text().equals(p.name) && !m.text().contains("\"") && !m.text().contains("“")) g.aliases().add(m.text());
        String title = roleTitle(m, found, text);
        if (!title.isEmpty()) g.titles().add(title);
      }
      for (String a : p.extraAliases) if (!a.equals(p.name)) g.aliases().add(a);
      groups.add(g);
      byPerson.put(p, g);
    }
    Map<String, Group> byKey = new LinkedHashMap<>();
    for (Mention m : found) {
      String key = m.type() + "|" + m.key();
      Group g = byKey.get(key);
      if (g == null) {
        g = new Group(key, m.type(), m.key(), new ArrayList<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), null);
        groups.add(g);
        byKey.put(key, g);
      }
      g.spans().add(new TextSpan(m.start(), m.end(), text.substring(m.start(), m.end())));
      if (!m.alias().equals(g.name())) g.aliases().add(m.alias());
    }
    // every quoted speaker who is a named person is a person entity, also one the person step did not keep
    Map<String, Group> bySpeaker = new HashMap<>();
    Set<String> known = new HashSet<>();
    List<TextSpan> taken = new ArrayList<>();
    for (Group g : groups) {
      known.add(g.name());
      if (g.person() != null) for (Person src : g.person().sources) known.add(src.name());
      taken.addAll(g.spans());
    }
    // "Hillary" said, where "Hillary Clinton" is known: the speaker links to her, no new person
    Set<String> knownWords = new HashSet<>();
    for (String k : known) knownWords.addAll(List.of(k.split(" ")));
    for (Quote q : quotes) {
      String name = q.speaker() == null ? null : q.speaker().name();
      // "KUALA LUMPUR: Bank Negara …": a dateline's city before a colon reads like a transcript's speaker
      if (name != null && PlacesInCapitals.place(name, lex) != null) continue;
      if (name == null || known.contains(name) || bySpeaker.containsKey(name) || GivenNamesForThings.thingSpeaking(q.speaker())
          || SpeakerNames.endsBodyName(q.speaker().mention(), at) || SpeakerNames.opensWithPlainWord(name, at, given)
          || !SpeakerNames.personLike(name, lex) && !(SpeakerNames.surnameLike(name, q.speaker().mention(), at, lex)
              && !knownWords.contains(name) && SpeakerNames.referredToAsPerson(name, at))) {
        continue;
      }
      List<TextSpan> spans = SpeakerNames.occurrences(text, name, taken);
      if (spans.isEmpty()) continue;
      taken.addAll(spans);
      // "Prairie Sky Airlines … Prairie Sky said": a speaker whose name opens a firm's named before is that firm
      Group firm = null;
      int space = name.indexOf(' ');
      if (space > 0 && !given.isKnown(name.substring(0, space))) {
        for (Group o : groups) {
          if (o.type() == EntityType.ORGANIZATION && o.name().startsWith(name + " ") && o.spans().get(0).start() < spans.get(0).start()) {
            firm = o;
            break;
          }
        }
      }
      if (firm != null) {
        firm.spans().addAll(spans);
        firm.aliases().add(name);
        continue;
      }
      // "Deccan Biologicals said", with "Deccan Biologicals managing director K Srinivasa Rao" elsewhere: a body speaks
      boolean spelled = NamesWithTheirAcronyms.isOrganisation(text, name, spans, given);
      EntityType type = spelled || OwnerBeforeRole.isOrganisationName(at, name, spans, given) ? EntityType.ORGANIZATION
          : EntityType.PERSON;
      Group g = new Group(name, type, name, new ArrayList<>(spans), new LinkedHashSet<>(),
          new LinkedHashSet<>(), null);
      // "Harbour Valley Transit (HVT) said": the acronym found on its own is this body's
      String acronym = spelled ? BracketedAcronyms.initials(name) : null;
      Group alone = acronym == null ? null : byKey.get(EntityType.ORGANIZATION + "|" + acronym);
      if (alone != null && groups.remove(alone)) {
        g.spans().addAll(alone.spans());
        g.aliases().add(acronym);
      }
      groups.add(g);
      bySpeaker.put(name, g);
    }
    for (Group g : groups) g.spans().sort(SPAN_ORDER);
    groups.sort(new Comparator<Group>() {
      @Override
      public int compare(Group a, Group b) {
        int c = Integer.compare(a.spans().get(0).start(), b.spans().get(0).start());
        if (c == 0) c = a.type().compareTo(b.type());
        return c != 0 ? c : a.name().compareTo(b.name());
      }
    });

    List<Entity> entities = new ArrayList<>();
    List<LinkedMention> mentions = new ArrayList<>();
    List<EntityIndex.PersonWithMentions> withMentions = new ArrayList<>();
    Map<String, EntityRef> refByPersonName = new HashMap<>();
    for (Group g : groups) {
      EntityRef ref = new EntityRef("e" + (entities.size() + 1), g.name(), g.type());
      entities.add(new Entity(ref.id(), g.name(), g.type(), List.copyOf(g.aliases()), List.copyOf(g.titles()),
          List.copyOf(g.spans())));
      for (TextSpan s : g.spans()) mentions.add(new LinkedMention(s.start(), s.end(), s.text(), ref));
      if (bySpeaker.get(g.name()) == g) refByPersonName.putIfAbsent(g.name(), ref);
      if (g.person() != null) {
        for (Person src : g.person().sources) refByPersonName.putIfAbsent(src.name(), ref);
        withMentions.add(new EntityIndex.PersonWithMentions(ref, List.copyOf(g.person().mentions)));
      } else if (g.type() == EntityType.PERSON) {
        // a person only the name rules or a quote found ("Selin Arslan, the chief economist at …") has roles too
        List<PersonMention> plain = new ArrayList<>();
        for (TextSpan s : g.spans()) plain.add(new PersonMention(s.start(), s.start(), s.end(), s.text(), ""));
        withMentions.add(new EntityIndex.PersonWithMentions(ref, List.copyOf(plain)));
      }
    }
    mentions.sort(MENTION_ORDER);
    return new EntityIndex(entities, linkSpeakers(quotes, refByPersonName, entities), mentions, withMentions);
  }

  /** Whether every mention of the person lies inside a longer organisation's mention. */
  private static boolean insideOrganisations(PersonEntry p, List<Mention> found) {
    for (PersonMention m : p.mentions) {
      boolean inside = false;
      for (Mention o : found) {
        if (o.type() == EntityType.ORGANIZATION && o.start() <= m.start() && o.end() >= m.end() && o.end() - o.start() > m.end() - m.start()) {
          inside = true;
          break;
        }
      }
      if (!inside) return false;
    }
    return !p.mentions.isEmpty();
  }

  /** Whether a capitalised word of the same sentence stands right before {@code start}, one space away. */
  private static boolean afterNameWord(AnnotatedText at, int start) {
    int k = at.tokenAtOrAfter(start);
    if (k <= 0 || k >= at.tokens().size()) return false;
    Token before = at.tokens().get(k - 1);
    return before.sentence() == at.tokens().get(k).sentence() && before.isCapitalised() && start - before.end() == 1;
  }

  /** The dateline's city ("El Paso" of "EL PASO, Texas") as a place mention. */
  private Mention datelinePlace(String text, Dateline d) {
    String loc = d.location();
    int comma = loc.indexOf(',');
    String city = comma < 0 ? loc : loc.substring(0, comma);
    String key = lex.place(city) != null ? lex.place(city) : city;
    return new Mention(d.start(), d.start() + city.length(), text.substring(d.start(), d.start() + city.length()),
        EntityType.LOCATION, key, city);
  }

  /**
   * "Many African", "Radical Islamic", a headline's "Obama Says African", "Other E.U.": a run ending in a
   * nationality, a group word or a listed abbreviation is no one's name unless it opens with a given name; its words are left to the other lists.
   */
  private boolean endsInNationality(Person p) {
    List<String> w = p.nameWords();
    if (w.size() < 2 || p.gender() != 0) return false;
    String last = w.get(w.size() - 1);
    // "Other E.U. leaders": the person step drops the abbreviation's last dot
    return lex.demonym(last) != null || lex.organization(last + ".") != null || lex.place(last + ".") != null;
  }

  /**
   * A one-word "name" that is an organisation's head word ("Reserve", "Party") or a place's ("Plains"), each time
   * right after capitalised words the person step took for a title ("Federal", "Democratic", "Great").
   */
  private boolean headAfterTitle(PersonEntry e, String text) {
    if (e.name.contains(" ") || !(lex.isOrgHead(e.name) || lex.isSurnameFreePlaceHead(e.name)) || e.mentions.isEmpty()) {
      return false;
    }
    for (PersonMention m : e.mentions) {
      if (m.titleStart() >= m.start()) return false;
      for (String w : WhiteSpace.words(text.substring(m.titleStart(), m.start()).trim())) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.endsWith(".") || Titles.isHonorific(w)) return false;
      }
    }
    return true;
  }

  /**
   * "a rally in Coral Springs, Florida", "a stop in Toledo, Ohio": a "person" named, without a title, after "in",
   * "at" or "near" and before a comma and a state or country that ends the clause is a town there.
   */
  private boolean townBeforeRegion(AnnotatedText at, PersonEntry e) {
    List<Token> toks = at.tokens();
    for (PersonMention m : e.mentions) {
      if (m.titleStart() != m.start() || !m.text().equals(e.name)) continue;
      int a = at.tokenAtOrAfter(m.start());
      int b = at.tokenAtOrAfter(m.end());
      if (a == 0 || toks.get(a - 1).sentence() != toks.get(a).sentence()) continue;
      Token before = toks.get(a - 1);
      if ((before.is("in") || before.is("at") || before.is("near")) && MentionFinder.regionAfter(toks, b, lex)) return true;
    }
    return false;
  }

  /** "R-Kan.", "D-N.M." (or "R-" split from "Texas") after a lawmaker's name: a party and a state. */
  private static boolean partyAndState(String name) {
    return PARTY_AND_STATE.matcher(name).matches();
  }

  /**
   * "Junge SVP", "Liga MX", "Liga MX Clausura": a name of mixed-case words with an abbreviation of capitals after its
   * first word is a body, its branch or its competition; a person's surname in capitals comes with the rest of the name
   * in capitals too ("DONALD TRUMP"), and a seat's letters ("Moloney TD") or a reign's number ("Mohammed VI") are no
   * abbreviation.
   */
  private static boolean endsInAcronym(Person p) {
    List<String> w = p.nameWords();
    if (w.size() < 2 || capitals(w.get(0))) return false;
    boolean abbreviation = false;
    for (String x : w.subList(1, w.size())) {
      if (!capitals(x)) continue;
      if (x.length() > 6 || ROMAN.matcher(x).matches() || dev.newsfacts.extract.people.PostNominals.isLetters(x)) return false;
      abbreviation = true;
    }
    return abbreviation;
  }

  /** "III", "VI": a reign's or a generation's number. */
  private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXL]+");

  /** Whether the word is two or more capital letters and nothing else. */
  private static boolean capitals(String x) {
    if (x.length() < 2) return false;
    for (int k = 0; k < x.length(); k++) if (!Character.isUpperCase(x.charAt(k))) return false;
    return true;
  }

  private static boolean acronymPlural(String name) {
    return ACRONYM_PLURAL.matcher(name).matches();
  }

  /** A "person" whose name is a listed place or organisation, or ends like one. */
  /**
   * "BBC Scotland" (a listed body or an acronym, then a place): the body's arm there. "the Halden Harriers" (a listed
   * place, then one plural word, and no known given name first): a sports club. Neither names a person.
   */
  private boolean namedBody(Person p) {
    List<String> w = p.nameWords();
    int n = w.size();
    if (n < 2) return false;
    String first = w.get(0);
    boolean body = lex.organization(first) != null
        || first.length() >= 3 && CapitalisedRuns.isAcronym(first) && !first.contains(".") && !lex.isPlainAcronym(first);
    if (body && lex.place(String.join(" ", w.subList(1, n))) != null) return true;
    // "Electoral Reform Society Scotland": a body's head word, then the place its arm works in
    if (!given.isKnown(first)) {
      for (int k = 1; k < n - 1; k++) {
        if (lex.isOrgHead(w.get(k)) && !lex.isWeakOrgHead(w.get(k)) && lex.place(String.join(" ", w.subList(k + 1, n))) != null) {
          return true;
        }
      }
    }
    return !given.isKnown(first) && placeAndPlural(w);
  }

  /**
   * "against the Cleveland Guardians": a listed place and one plural word, each time after "the", is a club even
   * when the place is also a given name; no one's name follows "the".
   */
  private boolean clubAfterThe(AnnotatedText at, PersonEntry e) {
    if (e.mentions.isEmpty() || !placeAndPlural(e.source.nameWords())) return false;
    List<Token> toks = at.tokens();
    for (PersonMention m : e.mentions) {
      int a = at.tokenAtOrAfter(m.titleStart());
      if (m.titleStart() != m.start() || a == 0 || !toks.get(a - 1).text().equalsIgnoreCase("the")) return false;
    }
    return true;
  }

  /** "North Queensland Cowboys": a club's name with the compass word the person step left out before it, else {@code name}. */
  private String clubName(AnnotatedText at, PersonEntry e, String name) {
    for (PersonMention m : e.mentions) {
      int start = CompassBeforeClubs.start(at, m.start(), lex);
      if (start < m.start() && m.text().equals(name)) return at.text().substring(start, m.end());
    }
    return name;
  }

  private boolean placeAndPlural(List<String> w) {
    int n = w.size();
    if (n < 2) return false;
    String last = w.get(n - 1);
    return lex.place(String.join(" ", w.subList(0, n - 1))) != null && last.length() >= 5
        && last.endsWith("s") && !last.endsWith("ss") && Character.isLowerCase(last.charAt(1))
        && lex.demonym(last) == null && lex.place(last) == null && !lex.isTown(last) && !lex.isPlaceHead(last)
        && !lex.isOrgHead(last) && !Titles.isTitleWord(last);
  }

  /**
   * "Mato Grosso do Sul": where a listed place that goes on with a particle and a capitalised word ends, else
   * {@code end}.
   */
  private int placeAcrossParticle(String text, int end, String name) {
    java.util.regex.Matcher m = PARTICLE_TAIL.matcher(text).region(end, text.length());
    if (!m.lookingAt()) return end;
    return lex.place(name + m.group()) != null ? end + m.group().length() : end;
  }

  /** " do Sul", " de Janeiro": a place particle (the list capitalised runs join across) and a capitalised word. */
  private static final java.util.regex.Pattern PARTICLE_TAIL = java.util.regex.Pattern.compile(" (?:"
      + String.join("|", new java.util.TreeSet<>(CapitalisedRuns.PLACE_PARTICLES)) + ") \\p{Lu}\\p{L}+");

  private EntityType notAPerson(String name) {
    // "the Eastern Cape said": a country's subdivision, which the list keeps free of given names and surnames
    if (lex.place(name) != null || lex.isRegion(name)) return EntityType.LOCATION;
    if (lex.organization(name) != null) return EntityType.ORGANIZATION;
    String[] words = name.split(" ");
    // "the Egegik District", "the Muchea Livestock Centre": an area's or a facility's name ends in a body's word
    if (DistrictsAsPlaces.isPlace(List.of(words), lex) || FacilityCentres.isFacility(List.of(words))) return EntityType.LOCATION;
    if (words.length >= 2 && lex.isOrgHead(words[words.length - 1])) return EntityType.ORGANIZATION;
    // "the super PAC": an abbreviation that is an organisation's head word names a body
    if (words.length == 1 && CapitalisedRuns.isAcronym(name) && lex.isOrgHead(name)) return EntityType.ORGANIZATION;
    // "the Red Sea", "Snake River": a place word no one bears as a surname ends a place's name
    if (words.length >= 2 && lex.isSurnameFreePlaceHead(words[words.length - 1])) return EntityType.LOCATION;
    return null;
  }

  /**
   * The role words of a title: "spokesman" from "US State Department spokesman", the organisation or
   * nationality before them being reported as the role's organisation instead. Honorifics are not roles.
   */
  static String roleTitle(PersonMention m, List<Mention> others, String text) {
    if (m.title().isEmpty()) return "";
    int from = m.titleStart();
    for (Mention o : others) {
      if (o.type() != EntityType.PERSON && o.start() >= m.titleStart() && o.end() <= m.start() && o.end() > from) {
        from = o.end();
      }
    }
    String t = WhiteSpace.collapse(text.substring(from, m.start()).strip());
    StringBuilder kept = new StringBuilder();
    for (String w : t.split(" ")) {
      if (w.isEmpty() || Titles.isHonorific(w)) continue;
      if (kept.length() > 0) kept.append(' ');
      kept.append(w);
    }
    return kept.toString();
  }

  private static final EntityRef NO_REF = new EntityRef("", "", EntityType.OTHER);
  // comparators as classes of the jar, not lambdas: a cold start spins a class for each lambda it meets (~0.4 ms of CPU)
  private static final Comparator<TextSpan> SPAN_ORDER = new Comparator<>() {
    @Override
    public int compare(TextSpan a, TextSpan b) {
      int c = Integer.compare(a.start(), b.start());
      return c != 0 ? c : Integer.compare(a.end(), b.end());
    }
  };
  private static final Comparator<LinkedMention> MENTION_ORDER = new Comparator<>() {
    @Override
    public int compare(LinkedMention a, LinkedMention b) {
      int c = Integer.compare(a.start(), b.start());
      return c != 0 ? c : Integer.compare(a.end(), b.end());
    }
  };

  private static boolean overlapsAny(List<Mention> found, Mention d) {
    for (Mention f : found) if (f.start() < d.end() && d.start() < f.end()) return true;
    return false;
  }

  private static List<Quote> linkSpeakers(List<Quote> quotes, Map<String, EntityRef> refs, List<Entity> entities) {
    List<Quote> out = new ArrayList<>(quotes.size());
    Map<String, EntityRef> byShortName = new HashMap<>();
    for (Quote q : quotes) {
      Speaker s = q.speaker();
      EntityRef ref = s == null || s.name() == null ? null : refs.get(s.name());
      if (s != null && s.name() != null && (ref == null || ref.type() != EntityType.PERSON)) {
        // once per name: a hostile input repeats one speaker thousands of times
        ref = byShortName.get(s.name());
        if (ref == null) {
          Entity e = SpeakerLinks.person(s.name(), entities);
          ref = e == null ? NO_REF : new EntityRef(e.id(), e.name(), e.type());
          byShortName.put(s.name(), ref);
        }
      }
      if (ref == null || ref.type() != EntityType.PERSON) {
        out.add(q);
        continue;
      }
      // the entity's name is the fullest the article gives, also when a nickname split it
      out.add(new Quote(q.id(), q.kind(), q.text(), q.start(), q.end(),
          new Speaker(ref.name(), ref.id(), s.description(), s.mention(), s.resolution(), s.rule()), q.cue(), q.confidence()));
    }
    return out;
  }
}
