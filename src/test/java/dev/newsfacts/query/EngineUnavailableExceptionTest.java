package dev.newsfacts.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import org.junit.jupiter.api.Test;

class EngineUnavailableExceptionTest {
  @Test
  void theMessageGivesTheDriversInnermostReasonAndWhereTheLibraryBelongs() {
    // the driver's class initialiser wraps the missing file twice
    Throwable failure = new ExceptionInInitializerError(new IllegalStateException(
        new FileNotFoundException("DuckDB JNI library not found, path: '/opt/newsfacts/libduckdb_java.so_linux_amd64'")));
    String message = new EngineUnavailableException(failure).getMessage();
    assertTrue(message.contains("DuckDB JNI library not found, path: '/opt/newsfacts/libduckdb_java.so_linux_amd64'"), message);
    assertTrue(message.contains("beside it"), message);
  }
}
