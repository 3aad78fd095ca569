package dev.newsfacts.extract.lexicon;

import java.util.HashSet;
import java.util.Set;

/**
 * Place names that look like people's names to a capitalisation rule ("Costa Rica", "Virginia").
 * Countries are the JDK's English names ({@link CountryNames}); US states and large cities are written here.
 */
public final class Places {
  private static final Set<String> NAMES = build();

  private Places() {}

  private static Set<String> build() {
    Set<String> s = new HashSet<>();
    for (CountryNames.Country c : CountryNames.all()) s.add(c.name());
    String states = "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii "
        + "Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota "
        + "Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah "
        + "Vermont Virginia Washington Wisconsin Wyoming";
    for (String st : states.split(" ")) s.add(st);
    String multi = "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Rhode Island|"
        + "South Carolina|South Dakota|West Virginia|Los Angeles|San Francisco|San Diego|San Antonio|San Jose|"
        + "Las Vegas|New Orleans|Salt Lake City|St. Louis|Des Moines|Hong Kong|Buenos Aires|Rio de Janeiro|"
        + "Sao Paulo|Tel Aviv|Costa Rica|Puerto Rico|El Salvador|Saudi Arabia|Sri Lanka|Ivory Coast|"
        + "Cape Town|Kuala Lumpur|Abu Dhabi|New Delhi|Mexico City|Panama City|Guatemala City|Kansas City|"
        + "Oklahoma City|Carson City|Jefferson City|Atlantic City|Baton Rouge|Palm Beach|West Palm Beach|"
        + "Silicon Valley|Capitol Hill|Wall Street|Ground Zero|Middle East|Latin America|Central America|"
        + "North America|South America|Western Europe|Eastern Europe|Southeast Asia|North Korea|South Korea|"
        + "United Kingdom|United States|Great Britain|Northern Ireland|Gaza Strip|West Bank|Golan Heights";
    for (String m : multi.split("\\|")) s.add(m);
    String cities = "London Paris Berlin Moscow Beijing Tokyo Rome Madrid Lisbon Dublin Brussels Vienna Prague "
        + "Warsaw Athens Istanbul Ankara Cairo Tehran Baghdad Damascus Beirut Jerusalem Kabul Islamabad Karachi "
        + "Mumbai Delhi Shanghai Seoul Pyongyang Manila Jakarta Bangkok Hanoi Sydney Melbourne Toronto Montreal "
        + "Vancouver Ottawa Havana Caracas Bogota Lima Santiago Brasilia Chicago Boston Houston Dallas Phoenix "
        + "Philadelphia Detroit Atlanta Miami Orlando Seattle Denver Baltimore Cleveland Cincinnati Pittsburgh "
        + "Milwaukee Minneapolis Nashville Memphis Charlotte Raleigh Richmond Tampa Austin Sacramento Portland "
        + "Berea Manchester Concord Columbia Charleston Tulsa Omaha Albuquerque Tucson Honolulu Anchorage "
        + "Brooklyn Manhattan Queens Bronx Harlem Hollywood Geneva Zurich Stockholm Oslo Copenhagen Helsinki "
        + "Kiev Kyiv Minsk Riga Tallinn Vilnius Budapest Bucharest Sofia Belgrade Zagreb Munich Frankfurt "
        + "Hamburg Milan Naples Barcelona Marseille Lyon Edinburgh Glasgow Belfast Cork Galway Tijuana "
        + "Monterrey Guadalajara Juarez Acapulco Cancun Ohio Iowa Europe Asia Africa Americas Arctic Antarctica";
    for (String c : cities.split(" ")) s.add(c);
    return Set.copyOf(s);
  }

  public static boolean isPlace(String name) {
    return NAMES.contains(name);
  }
}
