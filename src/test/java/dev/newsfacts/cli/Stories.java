package dev.newsfacts.cli;

import java.util.Locale;

/** Invented council stories, different for every number, so 200 articles have 200 content hashes. */
public final class Stories {
  private static final String[] TOWNS = {"Riverton", "Port Ellis", "Maple Falls", "Ashford", "Lakeview", "Brookhaven"};
  private static final String[] MAYORS = {"Elena Vasquez", "Samuel Okoro", "Hannah Becker", "Luis Moreno", "Grace Liu"};
  private static final String[] CRITICS = {"Tomas Brennan", "Aisha Rahman", "Peter Novak", "Maria Lindqvist"};
  private static final String[] PROJECTS = {"bus network", "flood barrier", "library", "bridge repair", "school meals"};

  private Stories() {}

  public static String story(int i) {
    String town = TOWNS[i % TOWNS.length];
    String mayor = MAYORS[i % MAYORS.length];
    String critic = CRITICS[i % CRITICS.length];
    String project = PROJECTS[i % PROJECTS.length];
    int millions = 5 + i % 37;
    int votes = 5 + i % 3;
    return String.format(Locale.ROOT, """
        %s, May %d (Newsfacts Wire) - The %s council voted %d-2 on Monday to fund the %s, \
        at a cost of $%d million over three years.

        "This is money well spent," Mayor %s told reporters after the vote. "People have asked for it for years."

        Council member %s, who voted against the plan, said the cost would fall on residents \
        who would never use it. She added that item %d of the budget had not been debated.

        According to the city's finance office, spending rose by %d percent last year.
        """, town, 1 + i % 28, town, votes, project, millions, mayor, critic, i, 2 + i % 15);
  }
}
