package dev.newsfacts.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LocalS3Test {
  @Test
  void aPortInUseIsReportedInOneLine() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String port = String.valueOf(taken.getLocalPort());

      S3ProxyServer server = LocalS3.start(new String[] {"--port", port}, System.out,
          new PrintStream(err, true, StandardCharsets.UTF_8));

      assertNull(server);
    }
    String said = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, said.lines().count(), said);
    assertTrue(said.contains("in use"), said);
  }
}
