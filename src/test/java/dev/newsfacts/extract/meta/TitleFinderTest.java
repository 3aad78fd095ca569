package dev.newsfacts.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.extract.nlp.Paragraphs;
import org.junit.jupiter.api.Test;

class TitleFinderTest {
  private static String title(String text) {
    return TitleFinder.find(text, Paragraphs.split(text));
  }

  @Test
  void takesATitleCaseFirstLineAsTheHeadlineWithoutItsFullStop() {
    assertEquals("Senate Passes Border Bill After Late-Night Vote",
        title("Senate Passes Border Bill After Late-Night Vote.\n\nThe Senate passed the bill on Friday, 52 to 48."));
  }

  @Test
  void takesAnUnpunctuatedShortFirstLineAsTheHeadline() {
    assertEquals("Floods close rail crossings in Texas",
        title("Floods close rail crossings in Texas\n\nTwo crossings were closed on Monday after heavy rain."));
  }

  @Test
  void findsNoHeadlineWhenTheStoryStartsAtOnce() {
    assertNull(title("The Senate passed the bill on Friday after a long debate.\n\nIt now goes to the House."));
  }
}
