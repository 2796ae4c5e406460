package dev.evalpress.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a site of {@code pages} prose reports and nothing else (no results, no charts: a site
 * needs neither), each about the size of a real blog post (5–8 KB): front matter as the example
 * reports have it, then sections with headings, paragraphs, a list, a GitHub table, a fenced code
 * block and footnotes. Only plain CommonMark with GitHub tables and footnotes, so Hugo renders the
 * same files ({@link HugoSite}). Report {@code i} depends on {@code i} alone: the same bytes for
 * every run and every corpus size.
 */
public final class ProseCorpus {

  private static final String[] WORDS =
      ("model models eval evals version versions rate rates refusal refusals prompt prompts sample"
              + " samples grader graders condition conditions interval intervals baseline result results"
              + " transcript transcripts agent agents scenario scenarios score scores threshold release"
              + " training checkpoint checkpoints policy policies review reviewer dataset datasets pass"
              + " fail behaviour change changes increase decrease estimate estimates variance noise run"
              + " runs seed seeds harness metric metrics pipeline report reports across between within"
              + " under over after before during while because although since unless whether every"
              + " each most some few many several often rarely usually clearly slightly strongly the a"
              + " an of to in on for with by from and or but not than this that these those it its we"
              + " our they their was were is are be been has have had shows showed measured compared"
              + " reported observed expected found counted sampled graded rerun tracked flagged held")
          .split(" ");
  private static final String[] TAGS = {
    "refusals",
    "sycophancy",
    "agentic",
    "degeneration",
    "honesty",
    "capability",
    "training",
    "methods",
    "release",
    "replication",
    "grading",
    "long-context"
  };
  private static final String[] AUTHORS = {
    "Ada Example", "Ben Sample", "Cleo Placeholder", "Dan Dummy", "Eve Instance"
  };
  private static final String[] LANGUAGES = {"python", "json", "bash", "yaml"};

  private ProseCorpus() {}

  /**
   * Writes {@code root/content/report-NNNNN.md} for {@code pages} reports and an {@code
   * evalpress.yaml} with the site's title; the folder must not hold a site already.
   */
  public static void write(Path root, int pages) throws IOException {
    if (pages < 1) {
      throw new IllegalArgumentException("pages >= 1 expected, got " + pages);
    }
    Path content = Files.createDirectories(root.resolve("content"));
    for (int i = 0; i < pages; i++) {
      Files.writeString(content.resolve(fileName(i)), report(i), StandardCharsets.UTF_8);
    }
    Files.writeString(
        root.resolve("evalpress.yaml"), "title: Prose benchmark\n", StandardCharsets.UTF_8);
  }

  /** The file name of report {@code i}: its slug plus ".md". */
  public static String fileName(int i) {
    return String.format(Locale.ROOT, "report-%05d.md", i);
  }

  /** Report {@code i}'s Markdown, front matter included. */
  public static String report(int i) {
    SplittableRandom random = new SplittableRandom(20261205L + 7919L * i);
    StringBuilder md = new StringBuilder(8192);
    String first = TAGS[i % TAGS.length];
    String second = TAGS[(i / TAGS.length + i + 5) % TAGS.length];
    md.append("---\n")
        .append("title: ")
        .append(capitalised(words(random, 4 + random.nextInt(5))))
        .append(", part ")
        .append(i + 1)
        .append('\n')
        .append("date: ")
        .append(LocalDate.of(2020, 1, 1).plusDays(i % 2000))
        .append('\n')
        .append("authors: [")
        .append(AUTHORS[i % AUTHORS.length])
        .append(", ")
        .append(AUTHORS[(i + 2) % AUTHORS.length])
        .append("]\n")
        .append("summary: ")
        .append(sentence(random))
        .append('\n')
        .append("tags: [")
        .append(first)
        .append(first.equals(second) ? "" : ", " + second)
        .append("]\n")
        .append("draft: false\n")
        .append("---\n\n");
    int footnotes = 0;
    for (int section = 0; section < 4; section++) {
      md.append("## ").append(capitalised(words(random, 2 + random.nextInt(3)))).append("\n\n");
      for (int p = 0; p < 2; p++) {
        paragraph(md, random);
        if (p == 0) {
          // a footnote reference at the end of the section's first paragraph
          md.setLength(md.length() - 2);
          md.append("[^").append(++footnotes).append("]\n\n");
        }
      }
      switch (section) {
        case 0 -> list(md, random);
        case 1 -> table(md, random);
        case 2 -> code(md, random, i);
        default -> {
          md.append("### ").append(capitalised(words(random, 3))).append("\n\n");
          paragraph(md, random);
          list(md, random);
        }
      }
    }
    for (int f = 1; f <= footnotes; f++) {
      md.append("[^").append(f).append("]: ").append(sentence(random)).append('\n');
    }
    return md.toString();
  }

  private static void paragraph(StringBuilder md, SplittableRandom random) {
    int sentences = 4 + random.nextInt(4);
    for (int s = 0; s < sentences; s++) {
      String sentence = sentence(random);
      if (s == 1) {
        // some inline emphasis and code, as real prose has
        int space = sentence.indexOf(' ');
        sentence = "**" + sentence.substring(0, space) + "**" + sentence.substring(space);
      } else if (s == 3) {
        sentence = sentence.substring(0, sentence.length() - 1) + " (`seed " + s + "`).";
      }
      md.append(sentence).append(s + 1 < sentences ? " " : "\n\n");
    }
  }

  private static void list(StringBuilder md, SplittableRandom random) {
    int items = 3 + random.nextInt(3);
    for (int i = 0; i < items; i++) {
      String item = sentence(random);
      md.append("- ").append(random.nextInt(3) == 0 ? "*" + item + "*" : item).append('\n');
    }
    md.append('\n');
  }

  private static void table(StringBuilder md, SplittableRandom random) {
    md.append("| Model | Condition | k | n | Rate |\n|---|---|--:|--:|--:|\n");
    int rows = 4 + random.nextInt(4);
    for (int r = 0; r < rows; r++) {
      int n = 100 + 50 * random.nextInt(5);
      int k = random.nextInt(n + 1);
      md.append("| ")
          .append(AUTHORS[r % AUTHORS.length].split(" ")[1].toLowerCase(Locale.ROOT))
          .append('-')
          .append(1 + r)
          .append(" | ")
          .append(WORDS[random.nextInt(WORDS.length)])
          .append(" | ")
          .append(k)
          .append(" | ")
          .append(n)
          .append(" | ")
          .append(String.format(Locale.ROOT, "%.1f%%", 100.0 * k / n))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static void code(StringBuilder md, SplittableRandom random, int i) {
    String language = LANGUAGES[i % LANGUAGES.length];
    md.append("```").append(language).append('\n');
    int lines = 6 + random.nextInt(6);
    for (int l = 0; l < lines; l++) {
      String a = WORDS[random.nextInt(WORDS.length)];
      String b = WORDS[random.nextInt(WORDS.length)];
      md.append(
          switch (language) {
            case "python" ->
                "result_" + l + " = grade(\"" + a + "\", \"" + b + "\", seed=" + l + ")";
            case "json" -> "{\"step\": " + l + ", \"" + a + "\": \"" + b + "\"}";
            case "bash" -> "evalpress check --root runs/" + a + "-" + l + " # " + b;
            default -> a + "_" + l + ": " + b;
          });
      md.append('\n');
    }
    md.append("```\n\n");
  }

  private static String sentence(SplittableRandom random) {
    return capitalised(words(random, 9 + random.nextInt(12))) + ".";
  }

  private static String words(SplittableRandom random, int count) {
    StringBuilder s = new StringBuilder();
    for (int w = 0; w < count; w++) {
      if (w > 0) {
        s.append(' ');
      }
      s.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return s.toString();
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
