package dev.newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {
  private static byte[] jdk(byte[] in) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(in);
  }

  @Test
  void theStandardTestVectorsHashAsPublished() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.sha256(new byte[0]));
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ContentHash.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void everyLengthAroundTheBlockAndPaddingBoundariesHashesAsTheJdkDoes() throws Exception {
    Random random = new Random(7);
    for (int length = 0; length <= 300; length++) {
      byte[] in = new byte[length];
      random.nextBytes(in);
      assertArrayEquals(jdk(in), Sha256.digest(in), "length " + length);
    }
  }

  @Test
  void anArticleWithAccentsAndCurlyQuotesHashesAsTheJdkDoes() throws Exception {
    byte[] text = ("PARIS — « Nous irons jusqu’au bout », a déclaré la ministre mardi.\n"
        + "“We will see it through,” the minister told reporters on Tuesday.\n").getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(jdk(text), Sha256.digest(text));
  }

  @Test
  void aFileOfSeveralMegabytesHashesAsTheJdkDoes() throws Exception {
    byte[] in = new byte[3 * 1024 * 1024 + 17];
    new Random(11).nextBytes(in);
    assertArrayEquals(jdk(in), Sha256.digest(in));
  }
}
