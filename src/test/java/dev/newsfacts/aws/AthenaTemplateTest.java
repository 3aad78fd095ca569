package dev.newsfacts.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsfacts.query.ResultFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Glue table, Athena workgroup and named queries of template.yaml against the schema and the local views. */
class AthenaTemplateTest {
  private static final Pattern VIEW = Pattern.compile("CREATE OR REPLACE VIEW (\\w+) AS");
  private static final Pattern UNNEST = Pattern.compile("UNNEST\\(d\\.(\\w+)\\) AS \\w+ \\(([^)]*)\\)");
  private static Map<String, Object> resources;

  @BeforeAll
  static void load() throws Exception {
    resources = SamTemplate.map(SamTemplate.load(Path.of("template.yaml")), "Resources");
  }

  private static Map<String, Object> props(String resource) {
    return SamTemplate.map(resources, resource, "Properties");
  }

  /** The Athena views the named queries create: name to SQL. */
  private static Map<String, String> athenaViews() {
    Map<String, String> views = new LinkedHashMap<>();
    resources.forEach((name, r) -> {
      Map<String, Object> res = SamTemplate.map(r);
      if (!"AWS::Athena::NamedQuery".equals(res.get("Type"))) return;
      Object sql = SamTemplate.map(res, "Properties").get("QueryString");
      Matcher m = VIEW.matcher(sql.toString());
      if (m.find()) views.put(m.group(1), sql.toString());
    });
    return views;
  }

  /** The output columns of a view's SQL: one select item per line, each ending in AS name. */
  private static List<String> selectedColumns(String sql) {
    String list = sql.substring(sql.indexOf("SELECT") + "SELECT".length(), sql.indexOf("\nFROM"));
    List<String> names = new ArrayList<>();
    for (String item : list.strip().split("\n")) {
      String alias = item.strip().replaceAll(",$", "");
      names.add(alias.substring(alias.lastIndexOf(" AS ") + 4).replace("\"", ""));
    }
    return names;
  }

  private static Map<String, String> glueColumns() {
    Map<String, String> columns = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list = (List<Map<String, Object>>) SamTemplate.map(props("DocumentsTable"),
        "TableInput", "StorageDescriptor").get("Columns");
    for (Map<String, Object> c : list) columns.put((String) c.get("Name"), (String) c.get("Type"));
    return columns;
  }

  @Test
  void glueColumnsAreTheHiveTypesOfTheJsonSchema() {
    assertEquals(HiveTypes.fromSchema().columns(), glueColumns());
  }

  @Test
  void glueTableReadsTheResultPrefixWithTheOpenXJsonSerDe() {
    Map<String, Object> sd = SamTemplate.map(props("DocumentsTable"), "TableInput", "StorageDescriptor");
    assertEquals("org.openx.data.jsonserde.JsonSerDe", SamTemplate.map(sd, "SerdeInfo").get("SerializationLibrary"));
    assertEquals(new SamTemplate.Intrinsic("Sub", "s3://${OutputBucketName}/${ResultPrefix}"), sd.get("Location"));
  }

  @Test
  void unnestNamesTheFieldsOfEachArraysStructInOrder() {
    Map<String, String> columns = glueColumns();
    int checked = 0;
    for (String sql : athenaViews().values()) {
      Matcher m = UNNEST.matcher(sql);
      while (m.find()) {
        String type = columns.get(m.group(1));
        List<String> fields = new ArrayList<>();
        // top-level fields of array<struct<...>>: names before ':' at nesting depth 1
        int depth = 0;
        StringBuilder name = new StringBuilder();
        for (char c : type.substring("array<struct<".length()).toCharArray()) {
          if (c == '<') depth++;
          else if (c == '>') depth--;
          if (depth == 0 && c == ':') {
            fields.add(name.toString());
            name.setLength(0);
          } else if (depth == 0 && c == ',') {
            name.setLength(0);
          } else if (depth == 0 && c != '>' && c != '<' && Character.isLetterOrDigit(c)) {
            name.append(c);
          } else if (depth != 0 || c == '>') {
            name.setLength(0);
          }
        }
        List<String> aliases = new ArrayList<>();
        for (String a : m.group(2).split(",")) aliases.add(a.strip().replace("\"", ""));
        assertEquals(fields, aliases, m.group(1));
        checked++;
      }
    }
    assertEquals(3, checked, "quotes, entities and facts are unnested");
  }

  @Test
  void athenaViewsHaveTheColumnsOfTheLocalViews(@TempDir Path tmp) throws Exception {
    // the local views are lazy: one file lets DuckDB bind them without reading any document
    Files.writeString(tmp.resolve("any.json"), "{}", StandardCharsets.UTF_8);
    Map<String, String> athena = athenaViews();
    assertEquals(List.of("articles", "quotes", "entities", "facts", "errors"), List.copyOf(athena.keySet()));
    try (ResultFolder folder = ResultFolder.open(tmp); Statement s = folder.statement()) {
      for (var view : athena.entrySet()) {
        List<String> local = new ArrayList<>();
        try (ResultSet r = s.executeQuery("DESCRIBE " + view.getKey())) {
          while (r.next()) local.add(r.getString("column_name"));
        }
        assertEquals(local, selectedColumns(view.getValue()), view.getKey());
      }
    }
  }

  @Test
  void queryResultsAreEncryptedInTheirOwnHardenedBucket() {
    Map<String, Object> config = SamTemplate.map(props("SqlWorkGroup"), "WorkGroupConfiguration");
    assertEquals(true, config.get("EnforceWorkGroupConfiguration"));
    Map<String, Object> results = SamTemplate.map(config, "ResultConfiguration");
    assertEquals(new SamTemplate.Intrinsic("Sub", "s3://${QueryResultsBucket}/"), results.get("OutputLocation"));
    assertEquals("SSE_S3", SamTemplate.map(results, "EncryptionConfiguration").get("EncryptionOption"));
    Map<String, Object> bucket = props("QueryResultsBucket");
    assertEquals(Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true,
        "RestrictPublicBuckets", true), bucket.get("PublicAccessBlockConfiguration"));
    assertNotNull(bucket.get("BucketEncryption"));
    assertTrue(props("QueryResultsBucketPolicy").get("PolicyDocument").toString().contains("aws:SecureTransport=false"));
  }

  @Test
  void theParquetCopyIsAPartitionedCtas() {
    String sql = props("ParquetCopyQuery").get("QueryString").toString();
    assertTrue(sql.contains("CREATE TABLE documents_parquet") && sql.contains("format = 'PARQUET'")
        && sql.contains("partitioned_by = ARRAY['published_year']"), sql);
  }

  @Test
  void cfnLintFindsNothing() throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("cfn-lint", "template.yaml").redirectErrorStream(true);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      assumeTrue(false, "cfn-lint is not installed");
      return;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
  }
}
