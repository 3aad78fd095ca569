package dev.newsfacts.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.aws.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentKindTest {
  @Test
  void recognisesAPdfAsBinary() {
    assertEquals(ContentKind.BINARY, ContentKind.of(Fixtures.PDF));
  }

  @Test
  void recognisesAnHtmlPageAfterABom() {
    byte[] html = "\uFEFF  <!DOCTYPE html><html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
    assertEquals(ContentKind.HTML, ContentKind.of(html));
  }

  @Test
  void takesWireCopyForText() {
    assertEquals(ContentKind.TEXT, ContentKind.of(Fixtures.article("harbor-strike.txt")));
  }
}
