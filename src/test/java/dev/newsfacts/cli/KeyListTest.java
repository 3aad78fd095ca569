package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.aws.ObjectRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyListTest {
  private static final String BUCKET = "newsroom-archive";

  @Test
  void plainKeysAreTakenAsStoredWithBlankLinesAndCommentsIgnored() {
    String text = """
        # failed in the 03:00 rerun, S3 was throttling
        2024/03/harbour-strike.txt

        2024/03/council vote + budget.txt
          # indented comment
        """;

    assertEquals(List.of(new ObjectRef(BUCKET, "2024/03/harbour-strike.txt"),
        new ObjectRef(BUCKET, "2024/03/council vote + budget.txt")), KeyList.parse(text, BUCKET));
  }

  @Test
  void aKeyListedTwiceIsDoneOnce() {
    assertEquals(List.of(new ObjectRef(BUCKET, "a.txt"), new ObjectRef(BUCKET, "b.txt")),
        KeyList.parse("a.txt\nb.txt\na.txt\r\n", BUCKET));
  }

  @Test
  void aFailureQueueMessageGivesItsDecodedKeyInItsOwnBucket() {
    String message = "{\"version\":\"1.0\",\"timestamp\":\"2024-03-05T09:31:12.004Z\",\"requestContext\":{\"requestId\":"
        + "\"7b2c\",\"functionArn\":\"arn:aws:lambda:eu-west-1:123456789012:function:newsfacts-extract:$LATEST\","
        + "\"condition\":\"RetriesExhausted\",\"approximateInvokeCount\":3},\"requestPayload\":{\"Records\":[{"
        + "\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"bucket\":{\"name\":\"uploads-eu\"},"
        + "\"object\":{\"key\":\"wire/Z%C3%BCrich+council+%282%29.txt\",\"size\":5120}}}]},\"responseContext\":"
        + "{\"statusCode\":200,\"functionError\":\"Unhandled\"}}";

    assertEquals(List.of(new ObjectRef("uploads-eu", "wire/Zürich council (2).txt")), KeyList.parse(message, BUCKET));
  }

  @Test
  void theMapsFailedItemsFileGivesTheKeysOfEveryFailedBatch() {
    String failed = """
        [{"ExecutionArn":"arn:aws:states:eu-west-1:123456789012:execution:rerun/Map:1","Input":"{\\"Items\\":[{\\"Key\\":\\"2024/a.txt\\",\\"Size\\":812},{\\"Key\\":\\"2024/b.txt\\",\\"Size\\":901}],\\"BatchInput\\":{\\"bucket\\":\\"archive\\",\\"force\\":false}}","Status":"FAILED","Error":"S3UnavailableException"},
         {"ExecutionArn":"arn:aws:states:eu-west-1:123456789012:execution:rerun/Map:2","Input":"{\\"Items\\":[{\\"Key\\":\\"2024/c.txt\\",\\"Size\\":77}],\\"BatchInput\\":{\\"bucket\\":\\"archive\\",\\"force\\":false}}","Status":"FAILED"}]
        """;

    assertEquals(List.of(new ObjectRef("archive", "2024/a.txt"), new ObjectRef("archive", "2024/b.txt"),
        new ObjectRef("archive", "2024/c.txt")), KeyList.parse(failed, BUCKET));
  }

  @Test
  void aPerArticleLogLineGivesItsBucketAndKey() {
    String log = "{\"requestId\":\"local\",\"bucket\":\"archive\",\"key\":\"2024/d.txt\",\"outcome\":\"error\","
        + "\"errorCode\":\"UNREADABLE\"}";

    assertEquals(List.of(new ObjectRef("archive", "2024/d.txt")), KeyList.parse(log, BUCKET));
  }

  @Test
  void aJsonLineWithoutAnyKeyRefusesTheListNamingTheLine() {
    KeyList.BadLine e = assertThrows(KeyList.BadLine.class,
        () -> KeyList.parse("a.txt\n{\"processed\": 3}\n", BUCKET));

    assertTrue(e.getMessage().startsWith("line 2: "), e.getMessage());
  }

  @Test
  void aBrokenJsonLineRefusesTheListNamingTheLine() {
    KeyList.BadLine e = assertThrows(KeyList.BadLine.class, () -> KeyList.parse("\n\n{\"key\": \"a.txt\"\n", BUCKET));

    assertTrue(e.getMessage().startsWith("line 3: not JSON"), e.getMessage());
  }
}
