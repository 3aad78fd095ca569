package dev.newsfacts.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads template.yaml the way CloudFormation would resolve it, and checks what must hold. */
class TemplateTest {
  private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^}!][^}]*)}");
  private static Map<String, Object> template;
  private static Map<String, Object> resources;
  private static Map<String, Object> parameters;

  @BeforeAll
  static void load() throws Exception {
    template = SamTemplate.load(Path.of("template.yaml"));
    resources = SamTemplate.map(template, "Resources");
    parameters = SamTemplate.map(template, "Parameters");
  }

  private static Map<String, Object> props(String resource) {
    return SamTemplate.map(resources, resource, "Properties");
  }

  private static Map<String, Object> globals() {
    return SamTemplate.map(template, "Globals", "Function");
  }

  /** Names a !Ref may use: parameters, resources, pseudo parameters, and SAM's generated Alias/Version. */
  private static boolean refResolves(String name) {
    if (parameters.containsKey(name) || resources.containsKey(name) || name.startsWith("AWS::")) return true;
    int dot = name.indexOf('.');
    if (dot < 0) return false;
    String fn = name.substring(0, dot);
    String generated = name.substring(dot + 1);
    boolean publishes = resources.containsKey(fn) && (props(fn).containsKey("AutoPublishAlias")
        || globals().containsKey("AutoPublishAlias"));
    return publishes && (generated.equals("Alias") || generated.equals("Version"));
  }

  @Test
  void namesHandlerClassesAndMethodsThatExist() throws Exception {
    int functions = 0;
    for (String name : resources.keySet()) {
      Map<String, Object> r = SamTemplate.map(resources, name);
      if (!"AWS::Serverless::Function".equals(r.get("Type"))) continue;
      functions++;
      String handler = (String) props(name).get("Handler");
      String[] parts = handler.split("::");
      Class<?> type = Class.forName(parts[0]);
      assertTrue(Modifier.isPublic(type.getModifiers()), handler);
      type.getConstructor(); // the runtime needs a public no-argument constructor
      boolean found = false;
      for (Method m : type.getMethods()) {
        if (!m.getName().equals(parts[1]) || m.isBridge()) continue;
        Class<?>[] p = m.getParameterTypes();
        boolean pojo = p.length == 2 && p[1] == Context.class;
        boolean stream = p.length == 3 && p[0] == InputStream.class && p[1] == OutputStream.class && p[2] == Context.class;
        found |= pojo || stream;
      }
      assertTrue(found, handler + " has no Lambda handler method");
    }
    assertEquals(2, functions);
  }

  @Test
  void resolvesEveryRefGetAttAndSubVariable() {
    List<String> unresolved = new ArrayList<>();
    for (SamTemplate.Intrinsic i : SamTemplate.all(template)) {
      switch (i.name()) {
        case "Ref" -> { if (!refResolves((String) i.value())) unresolved.add("!Ref " + i.value()); }
        case "GetAtt" -> {
          String target = i.value() instanceof List<?> l ? (String) l.get(0) : ((String) i.value()).split("\\.")[0];
          if (!resources.containsKey(target)) unresolved.add("!GetAtt " + i.value());
        }
        case "Sub" -> {
          String text = i.value() instanceof List<?> l ? (String) l.get(0) : (String) i.value();
          Matcher m = SUB_VAR.matcher(text);
          while (m.find()) {
            String v = m.group(1);
            String base = v.contains(".") && !v.startsWith("AWS::") ? v.split("\\.")[0] : v;
            if (!refResolves(v) && !resources.containsKey(base)) unresolved.add("!Sub ${" + v + "}");
          }
        }
        default -> { }
      }
    }
    assertEquals(List.of(), unresolved);
  }

  @Test
  void resolvesEveryPlaceholderOfTheStateMachineDefinition() {
    Map<String, Object> sm = props("RerunStateMachine");
    Set<String> subs = SamTemplate.map(sm, "DefinitionSubstitutions").keySet();
    Set<String> used = new HashSet<>();
    collectPlaceholders(sm.get("Definition"), used);
    assertFalse(used.isEmpty());
    for (String u : used) assertTrue(subs.contains(u), "no substitution for ${" + u + "}");
  }

  private static void collectPlaceholders(Object node, Set<String> out) {
    if (node instanceof String s) {
      Matcher m = SUB_VAR.matcher(s);
      while (m.find()) out.add(m.group(1));
    } else if (node instanceof Map<?, ?> m) {
      m.values().forEach(v -> collectPlaceholders(v, out));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collectPlaceholders(v, out));
    }
  }

  @Test
  void configuresTheFunctionThroughTheDocumentedVariables() {
    Map<String, Object> vars = SamTemplate.map(globals(), "Environment", "Variables");
    assertEquals(new SamTemplate.Intrinsic("Ref", "OutputBucketName"), vars.get("OUTPUT_BUCKET"));
    assertEquals(new SamTemplate.Intrinsic("Ref", "ResultPrefix"), vars.get("RESULT_PREFIX"));
    assertEquals(new SamTemplate.Intrinsic("Ref", "MaxInputBytes"), vars.get("MAX_INPUT_BYTES"));
    assertEquals(AwsConfig.DEFAULT_RESULT_PREFIX, SamTemplate.map(parameters, "ResultPrefix").get("Default"));
    assertEquals(AwsConfig.DEFAULT_MAX_INPUT_BYTES,
        ((Number) SamTemplate.map(parameters, "MaxInputBytes").get("Default")).longValue());
  }

  @Test
  void writesReviewPagesOnlyWhenTheParameterTurnsThemOn() {
    Map<String, Object> vars = SamTemplate.map(globals(), "Environment", "Variables");
    assertEquals(new SamTemplate.Intrinsic("Ref", "ReviewPages"), vars.get("REVIEW_PAGES"));
    assertEquals("false", SamTemplate.map(parameters, "ReviewPages").get("Default"));
    assertEquals(false, AwsConfig.fromEnv(Map.of("OUTPUT_BUCKET", "out")).reviewPages());
    assertEquals(true, AwsConfig.fromEnv(Map.of("OUTPUT_BUCKET", "out", "REVIEW_PAGES", "true")).reviewPages());
  }

  @Test
  void publishesSnapStartVersionsBehindAnAlias() {
    assertEquals("java21", globals().get("Runtime"));
    assertEquals("PublishedVersions", SamTemplate.map(globals(), "SnapStart").get("ApplyOn"));
    assertNotNull(globals().get("AutoPublishAlias"));
    assertNotNull(globals().get("MemorySize"));
  }

  @Test
  void triggersOnlyOnArticleSuffixesThatResultsNeverHave() {
    Map<String, Object> events = SamTemplate.map(props("ExtractFunction"), "Events");
    assertFalse(events.isEmpty());
    for (Object e : events.values()) {
      Map<String, Object> p = SamTemplate.map(e, "Properties");
      assertEquals(new SamTemplate.Intrinsic("Ref", "InputBucket"), p.get("Bucket"));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rules = (List<Map<String, Object>>) SamTemplate.map(p, "Filter", "S3Key").get("Rules");
      String suffix = rules.stream().filter(r -> "suffix".equals(r.get("Name"))).map(r -> (String) r.get("Value"))
          .findFirst().orElseThrow(() -> new AssertionError("an S3 trigger without a suffix filter"));
      assertFalse(".json".endsWith(suffix), "results end in .json: " + suffix);
    }
  }

  @Test
  void refusesTheSameBucketForInputAndOutput() {
    Map<String, Object> rule = SamTemplate.map(template, "Rules", "SeparateBuckets");
    String text = rule.toString();
    assertTrue(text.contains("InputBucketName") && text.contains("OutputBucketName") && text.contains("Not"), text);
  }

  @Test
  void blocksPublicAccessEncryptsAndDeniesPlainHttpOnBothBuckets() {
    for (String bucket : List.of("InputBucket", "OutputBucket")) {
      Map<String, Object> p = props(bucket);
      assertEquals(Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true,
          "RestrictPublicBuckets", true), p.get("PublicAccessBlockConfiguration"));
      assertNotNull(p.get("BucketEncryption"));
      Map<String, Object> policy = props(bucket + "Policy");
      assertEquals(new SamTemplate.Intrinsic("Ref", bucket), policy.get("Bucket"));
      assertTrue(policy.get("PolicyDocument").toString().contains("aws:SecureTransport=false"), bucket);
    }
  }

  @Test
  void letsEachFunctionReadOnlyTheInputBucketAndWriteOnlyUnderItsPrefixes() {
    for (String fn : List.of("ExtractFunction", "RerunFunction")) {
      @SuppressWarnings("unchecked")
      List<Object> policies = (List<Object>) props(fn).get("Policies");
      for (Object policy : policies) {
        Map<String, Object> p = SamTemplate.map(policy);
        if (p.containsKey("S3ReadPolicy")) {
          assertEquals(new SamTemplate.Intrinsic("Ref", "InputBucketName"), SamTemplate.map(p, "S3ReadPolicy").get("BucketName"));
          continue;
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> statements = (List<Map<String, Object>>) p.get("Statement");
        assertNotNull(statements, fn + ": unexpected policy " + p.keySet());
        for (Map<String, Object> st : statements) {
          String resource = subText(st.get("Resource"));
          assertTrue(resource.matches("arn:\\$\\{AWS::Partition}:s3:::\\$\\{OutputBucketName}/\\$\\{(ResultPrefix|ReportPrefix)}\\*"),
              fn + " writes outside the output prefixes: " + resource);
          assertFalse(st.get("Action").toString().contains("*"), fn + ": wildcard action " + st.get("Action"));
        }
      }
    }
  }

  @Test
  void letsTheStateMachineListOnlyTheInputBucketAndWriteOnlyReports() {
    @SuppressWarnings("unchecked")
    List<Object> policies = (List<Object>) props("RerunStateMachine").get("Policies");
    for (Object policy : policies) {
      Map<String, Object> p = SamTemplate.map(policy);
      if (p.containsKey("LambdaInvokePolicy")) {
        assertEquals(new SamTemplate.Intrinsic("Ref", "RerunFunction"), SamTemplate.map(p, "LambdaInvokePolicy").get("FunctionName"));
        continue;
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> statements = (List<Map<String, Object>>) p.get("Statement");
      for (Map<String, Object> st : statements) {
        String resource = subText(st.get("Resource"));
        String actions = st.get("Action").toString();
        if (actions.contains("s3:ListBucket")) {
          assertEquals("arn:${AWS::Partition}:s3:::${InputBucketName}", resource);
        } else if (actions.contains("s3:")) {
          assertEquals("arn:${AWS::Partition}:s3:::${OutputBucketName}/${ReportPrefix}*", resource);
        } else {
          assertTrue(resource.contains("${AWS::StackName}-rerun"), "states actions only on this state machine: " + resource);
        }
      }
    }
  }

  @Test
  void readsTheInputBucketInTheMapAndInvokesTheRerunFunctionAlias() {
    Map<String, Object> sm = props("RerunStateMachine");
    Map<String, Object> subs = SamTemplate.map(sm, "DefinitionSubstitutions");
    Map<String, Object> map = SamTemplate.map(sm, "Definition", "States", "Rerun");
    assertEquals("Map", map.get("Type"));
    assertEquals("DISTRIBUTED", SamTemplate.map(map, "ItemProcessor", "ProcessorConfig").get("Mode"));
    Map<String, Object> reader = SamTemplate.map(map, "ItemReader");
    assertEquals("arn:aws:states:::s3:listObjectsV2", reader.get("Resource"));
    assertEquals(new SamTemplate.Intrinsic("Ref", "InputBucketName"), subs.get(placeholder(SamTemplate.map(reader, "Parameters").get("Bucket"))));
    assertEquals(new SamTemplate.Intrinsic("Ref", "InputBucketName"),
        subs.get(placeholder(SamTemplate.map(map, "ItemBatcher", "BatchInput").get("bucket"))));
    Object fn = SamTemplate.map(map, "ItemProcessor", "States", "ProcessBatch", "Parameters").get("FunctionName");
    assertEquals(new SamTemplate.Intrinsic("Ref", "RerunFunction.Alias"), subs.get(placeholder(fn)));
    Map<String, Object> writer = SamTemplate.map(map, "ResultWriter", "Parameters");
    assertEquals(new SamTemplate.Intrinsic("Ref", "OutputBucketName"), subs.get(placeholder(writer.get("Bucket"))));
    String defaults = (String) SamTemplate.map(sm, "Definition", "States", "LoadDefaults", "Result").get("json");
    for (String p : List.of("MaxConcurrency", "ToleratedFailurePercentage", "ItemsPerBatch")) {
      assertTrue(defaults.contains("${" + p + "}"), p);
    }
    assertEquals(new SamTemplate.Intrinsic("Ref", "RerunMaxConcurrency"), subs.get("MaxConcurrency"));
    assertEquals(new SamTemplate.Intrinsic("Ref", "RerunToleratedFailurePercentage"), subs.get("ToleratedFailurePercentage"));
  }

  @Test
  void schedulesTheRerunButLeavesTheScheduleOffByDefault() {
    Map<String, Object> schedule = SamTemplate.map(props("RerunStateMachine"), "Events", "ScheduledRerun");
    assertEquals("ScheduleV2", schedule.get("Type"));
    Map<String, Object> p = SamTemplate.map(schedule, "Properties");
    assertEquals(new SamTemplate.Intrinsic("Ref", "RerunSchedule"), p.get("ScheduleExpression"));
    Object state = p.get("State");
    String effective = state instanceof SamTemplate.Intrinsic i
        ? (String) SamTemplate.map(parameters, (String) i.value()).get("Default") : (String) state;
    assertEquals("DISABLED", effective);
  }

  private static String placeholder(Object value) {
    Matcher m = SUB_VAR.matcher((String) value);
    if (!m.matches()) fail("not a ${Placeholder}: " + value);
    return m.group(1);
  }

  private static String subText(Object resource) {
    if (resource instanceof SamTemplate.Intrinsic i && i.name().equals("Sub")) return (String) i.value();
    throw new AssertionError("policy resources are written as !Sub ARNs: " + resource);
  }
}
