package dev.evalpress.render.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Thymeleaf templates under {@code dev/evalpress/templates/}. Templates only place
 * values the views already hold; text is escaped by Thymeleaf ({@code th:text}), and only HTML that
 * evalpress itself produced (rendered Markdown) is inserted unescaped. Every page also gets {@code
 * built}, the day the site was built (UTC, {@code yyyy-MM-dd}), when the build has a source date,
 * and null otherwise. Thread-safe.
 */
public final class TemplateRenderer {

  private final TemplateEngine engine = new TemplateEngine();
  private final String built;

  /** Pages without a build date. */
  public TemplateRenderer() {
    this(Optional.empty());
  }

  /**
   * @param builtAt the build's source date; pages show its day in UTC, so the time zone cannot
   *     change it
   */
  public TemplateRenderer(Optional<Instant> builtAt) {
    built = builtAt.map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC).toString()).orElse(null);
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(TemplateRenderer.class.getClassLoader());
    resolver.setPrefix("dev/evalpress/templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
  }

  /** A whole page from template {@code name}. */
  public String page(String name, Map<String, Object> variables) {
    return engine.process(name, context(variables));
  }

  /** One fragment ({@code th:fragment}) of template {@code name}. */
  public String fragment(String name, String fragment, Map<String, Object> variables) {
    return engine.process(name, Set.of(fragment), context(variables));
  }

  private Context context(Map<String, Object> variables) {
    Context context = new Context(Locale.ROOT);
    context.setVariables(variables);
    context.setVariable("built", built);
    return context;
  }
}
