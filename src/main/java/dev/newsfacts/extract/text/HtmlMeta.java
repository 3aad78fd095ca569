package dev.newsfacts.extract.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page declares about itself in its markup: the publication date
 * ({@code <meta property="article:published_time">}, JSON-LD {@code NewsArticle.datePublished},
 * {@code itemprop=datePublished}, common date metas, a {@code <time datetime>} in the article
 * header) and the headline ({@code og:title}, JSON-LD {@code headline}). Read before the
 * boilerplate (headers, scripts) is dropped. Values are kept as written: the meta step checks them.
 */
final class HtmlMeta {
  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("^[a-z]+=");

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  /** Meta names sites use for the publication date, after article:published_time. */
  private static final List<String> DATE_METAS = List.of(
      "meta[property=article:published_time]", "meta[itemprop=datePublished]", "meta[name=article:published_time]",
      "meta[property=og:published_time]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]",
      "meta[name=dc.date.issued]", "meta[name=DC.date.issued]", "meta[name=parsely-pub-date]",
      "meta[name=sailthru.date]");
  private static final int MAX_LD_SCRIPTS = 8;

  private HtmlMeta() {}

  static Declared read(Document doc) {
    List<Declared.DateClaim> dates = new ArrayList<>();
    String title = content(doc.selectFirst("meta[property=og:title]"));
    for (String sel : DATE_METAS) {
      Element m = doc.selectFirst(sel);
      String v = content(m);
      if (v != null) dates.add(new Declared.DateClaim(v, "HTML " + describe(sel)));
    }
    int scripts = 0;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      if (scripts++ >= MAX_LD_SCRIPTS) break;
      JsonNode article = newsArticle(script.data());
      if (article == null) continue;
      JsonNode d = article.get("datePublished");
      if (d != null && !d.isNull()) {
        dates.add(new Declared.DateClaim(d.isTextual() ? d.textValue() : d.toString(), "HTML JSON-LD datePublished"));
      }
      if (title == null && article.path("headline").isTextual()) title = blankToNull(article.get("headline").textValue());
      break;
    }
    Element time = doc.selectFirst("article header time[datetime], header time[datetime], article time[datetime]");
    if (time != null && !time.attr("datetime").isBlank()) {
      dates.add(new Declared.DateClaim(time.attr("datetime"), "HTML <time datetime>"));
    }
    String lang = doc.selectFirst("html[lang]") == null ? null : blankToNull(doc.selectFirst("html[lang]").attr("lang"));
    return new Declared(dates, title == null ? null : WhiteSpace.collapse(title.strip()), lang);
  }

  /** The first object of type NewsArticle / Article / ReportageNewsArticle ..., also inside an @graph array. */
  private static JsonNode newsArticle(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return null;  // a broken JSON-LD block tells us nothing; the other sources still count
    }
    if (root == null) return null;
    List<JsonNode> candidates = new ArrayList<>();
    if (root.isArray()) root.forEach(candidates::add);
    else candidates.add(root);
    if (root.has("@graph") && root.get("@graph").isArray()) root.get("@graph").forEach(candidates::add);
    for (JsonNode n : candidates) {
      if (n.isObject() && isArticleType(n.get("@type"))) return n;
    }
    return null;
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) return false;
    if (type.isArray()) {
      for (JsonNode t : type) if (isArticleType(t)) return true;
      return false;
    }
    String t = type.asText("");
    return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report");
  }

  private static String describe(String selector) {
    return "meta " + ATTRIBUTE_NAME.matcher(selector.substring(selector.indexOf('[') + 1, selector.length() - 1)).replaceFirst("");
  }

  private static String content(Element meta) {
    return meta == null ? null : blankToNull(meta.attr("content"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

}
