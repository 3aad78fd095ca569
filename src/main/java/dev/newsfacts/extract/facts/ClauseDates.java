package dev.newsfacts.extract.facts;

/**
 * A later date in a clause of its own: "Kestrel's shares rose 27% on Monday, their biggest gain since the company
 * listed in 2011", "… read minus 10.8 feet on Sunday, about 2 feet above the record low set in October 2022", "… is
 * to be sentenced later this month, and the remaining cases are set for trial in May". A comma between the two dates
 * ends the first date's clause; a date right after a comma that only completes the first ("Tuesday, Nov. 5") is one
 * mention already, or has the same date.
 */
final class ClauseDates {
  /** "Monday, March 3": a comma this close to the later date joins it to the first. */
  private static final int JOINED = 3;

  private ClauseDates() {}

  /** Whether a comma stands between {@code first} and {@code later}, not right before {@code later}. */
  static boolean afterComma(String text, DateMention first, DateMention later) {
    int comma = text.indexOf(',', first.end());
    return comma >= 0 && comma < later.start() - JOINED;
  }
}
