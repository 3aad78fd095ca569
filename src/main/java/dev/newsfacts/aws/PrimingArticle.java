package dev.newsfacts.aws;

/** An invented wire story used only to warm the pipeline before a SnapStart snapshot. */
final class PrimingArticle {
  static final String TEXT = """
      RIVERTON, March 3 (Newsfacts Wire) - The Riverton city council voted 7-2 on Tuesday to \
      expand the downtown bus network, adding 14 routes by the end of next year.

      "This is the biggest change to public transport here in two decades," Mayor Elena Vasquez \
      told reporters after the vote. "People have waited long enough."

      Council member Tomas Brennan, who voted against the plan, said the $42 million cost would \
      fall on taxpayers who rarely ride the bus. He added that the council had not studied \
      cheaper options.

      According to the city's transport office, ridership grew by 18 percent last year.
      """;

  private PrimingArticle() {}
}
