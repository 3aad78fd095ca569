package dev.newsfacts.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BatchOperationsRouteTest {
  @Test
  void decodesTaskKeysTheWayS3EncodesThem() {
    assertEquals("a/Café México report+1 (draft).txt",
        BatchOperationsRoute.decodeKey("a/Caf%C3%A9+M%C3%A9xico+report%2B1+%28draft%29.txt"));
  }
}
