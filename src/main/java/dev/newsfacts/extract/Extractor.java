package dev.newsfacts.extract;

import dev.newsfacts.extract.bounds.BudgetExceededException;
import dev.newsfacts.extract.bounds.Deadline;
import dev.newsfacts.extract.entities.EntityBuilder;
import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.facts.FactExtractor;
import dev.newsfacts.extract.language.LanguageModels;
import dev.newsfacts.extract.language.LanguageProfile;
import dev.newsfacts.extract.language.LanguageProfiles;
import dev.newsfacts.extract.language.LanguageSteps;
import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.meta.ArticleMeta;
import dev.newsfacts.extract.meta.LanguageGuesser;
import dev.newsfacts.extract.meta.MetaExtractor;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Annotator;
import dev.newsfacts.extract.nlp.NlpModels;
import dev.newsfacts.extract.people.PersonIndex;
import dev.newsfacts.extract.quotes.QuoteExtractor;
import dev.newsfacts.extract.meta.DeclaredLanguage;
import dev.newsfacts.extract.text.Declared.DateClaim;
import dev.newsfacts.extract.text.DecodedText;
import dev.newsfacts.extract.text.InputRejectedException;
import dev.newsfacts.extract.text.TextDecoder;
import dev.newsfacts.model.ArticleInfo;
import dev.newsfacts.model.Counts;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ExtractorInfo;
import dev.newsfacts.model.Fact;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.ResultDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one entry point into the core, used by the CLI and the Lambda alike:
 * {@code extract(input)} gives a result or an error document for every input.
 * Thread-safe: the models are shared, and each thread gets its own OpenNLP taggers.
 */
public final class Extractor {
  private final ExtractorInfo info;
  private final ExtractorOptions options;
  private final TextDecoder decoder;
  private final NlpModels models;
  private final GivenNames givenNames;
  private final ThreadLocal<Annotator> annotators;
  private final QuoteExtractor quotes;
  private final MetaExtractor meta;
  private final EntityBuilder entityBuilder;
  private final FactExtractor facts;
  private final LanguageGuesser language;
  /** French, German, Spanish: their rules and their models, each read on the first article in that language. */
  private final OtherLanguages steps;
  private final LanguageModels languageModels = new LanguageModels();
  private final ThreadLocal<Map<String, Annotator>> languageAnnotators = ThreadLocal.withInitial(HashMap::new);

  private Extractor(NlpModels models, Rules rules, ExtractorOptions options) {
    this.options = options;
    this.decoder = new TextDecoder(options.maxBytes(), options.truncate());
    this.models = models;
    this.givenNames = rules.givenNames();
    this.annotators = ThreadLocal.withInitial(() -> new Annotator(models));
    this.quotes = rules.quotes();
    this.meta = rules.meta();
    this.entityBuilder = rules.entityBuilder();
    this.facts = rules.facts();
    this.language = rules.language();
    this.steps = rules.steps();
    this.info = new ExtractorInfo(ExtractorVersion.NAME, ExtractorVersion.read(), modelNames());
  }

  /** The models a full pipeline uses, as each result names them; cheap, nothing is loaded. */
  public static SortedMap<String, String> modelNames() {
    SortedMap<String, String> m = new TreeMap<>(NlpModels.describe());
    m.put("langdetect", LanguageGuesser.modelName());
    return m;
  }

  /** Loads the models and lists (the slow part, a few hundred milliseconds): build once, reuse. */
  public static Extractor create() {
    return create(ExtractorOptions.defaults());
  }

  /** As {@link #create()}, with bounds on each article (size limit, truncation, time budget). */
  public static Extractor create(ExtractorOptions options) {
    return ExtractorLoading.start().extractor(options);
  }

  /** An extractor over what {@link ExtractorLoading} loaded. */
  static Extractor of(NlpModels models, Rules rules, ExtractorOptions options) {
    Extractor e = new Extractor(models, rules, options);
    // This thread's taggers now, not in its first article (the Lambda extracts on the thread that
    // built it); OpenNLP's model factories also fill lazy fields here, before workers share them.
    e.annotators.get();
    return e;
  }

  public ExtractorOptions options() {
    return options;
  }

  public ExtractorInfo info() {
    return info;
  }

  public Outcome extract(ArticleInput input) {
    String sha = ContentHash.sha256(input.bytes());
    Deadline deadline = Deadline.after(options.timeBudget());
    DecodedText decoded;
    try {
      decoded = decoder.decode(input.bytes());
    } catch (InputRejectedException e) {
      return failure(input, sha, e.code(), e.getMessage());
    }
    try {
      return new Outcome.Success(analyse(input, sha, decoded, deadline));
    } catch (BudgetExceededException e) {
      return failure(input, sha, ErrorCode.TIMEOUT, e.getMessage());
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // A bug must cost one article, not the batch; the class name says where to look, no text leaks.
      return failure(input, sha, ErrorCode.INTERNAL, "extraction failed: " + e.getClass().getSimpleName());
    }
  }

  private ResultDocument analyse(ArticleInput input, String sha, DecodedText decoded, Deadline deadline) {
    String text = decoded.text();
    // the language first: it chooses the models, the quote rules and the number formats
    String declared = DeclaredLanguage.or(decoded.declared().language(), null);
    String languageCode = declared != null ? declared : language.guess(text);
    LanguageSteps other = steps.get(languageCode);
    boolean supported = other != null || LanguageProfiles.ENGLISH.equals(languageCode)
        || LanguageGuesser.UNDETERMINED.equals(languageCode);
    Annotator annotator = other == null ? annotators.get()
        : languageAnnotators.get().computeIfAbsent(languageCode, c -> languageModels.of(other.profile()).annotator());
    AnnotatedText at = annotator.annotate(text, deadline);
    PersonIndex people = PersonIndex.build(at, givenNames);
    deadline.check();
    // the dateline before the quotes: "NEW DELHI:" opening the story is no speaker
    ArticleMeta m = meta.extract(text, at.paragraphs(), declaredDates(decoded, input.hints()),
        fallbackDates(input.hints()), languageCode, other == null ? null : other.datelines());
    List<Quote> found = !supported ? List.of()
        : other != null ? other.quotes().extract(at) : quotes.extract(at, people, m.dateline());
    deadline.check();
    Counts counts = new Counts(at.paragraphs().size(), at.sentences().size(), at.tokens().size());
    String encoding = "UTF-8".equals(decoded.encoding()) ? null : decoded.encoding();
    String articleText = decoded.textDiffersFromBytes() ? text : null;
    int bodyStart = m.dateline() == null ? 0 : m.dateline().end();
    EntityIndex ents = entityBuilder.build(at, people, found, m.dateline());
    List<Fact> facts = !supported ? List.of()
        : other != null ? FactExtractor.numbered(other.figures().find(at, bodyStart))
        : this.facts.extract(at, ents, m.referenceDate(), m.dateline());
    deadline.check();
    String title = decoded.title() != null ? decoded.title()
        : input.hints().title() != null ? input.hints().title() : m.title();
    List<String> notes = new ArrayList<>(decoded.notes());
    notes.addAll(m.notes());
    if (!supported) notes.add("language " + languageCode + " is not supported: quotes and facts not extracted");
    ArticleInfo article = new ArticleInfo(title, m.dateline(), m.publishedDate(), languageCode, counts, encoding,
        notes, articleText);
    return new ResultDocument(ResultDocument.SCHEMA_VERSION, input.source(), sha, info, article,
        ents.withTitles(FactExtractor.roleTitles(facts)), ents.quotes(), facts);
  }

  /** Dates this article gives about itself (its JSON or HTML metadata, then its S3 metadata): they outrank the text. */
  private static List<DateClaim> declaredDates(DecodedText decoded, InputHints hints) {
    List<DateClaim> claims = new ArrayList<>(decoded.declared().dates());
    if (!hints.fallback() && hints.published() != null) claims.add(new DateClaim(hints.published(), hints.publishedFrom()));
    return claims;
  }

  private static List<DateClaim> fallbackDates(InputHints hints) {
    return hints.fallback() && hints.published() != null
        ? List.of(new DateClaim(hints.published(), hints.publishedFrom())) : List.of();
  }

  private Outcome failure(ArticleInput input, String sha, ErrorCode code, String message) {
    return Outcome.failure(input.source(), sha, info, code, message);
  }

  /** Whether this extractor has read the models of {@code code} (it does on the first article in that language). */
  boolean hasLoadedModelsOf(String code) {
    return languageModels.isLoaded(code);
  }
}
