package dev.evalpress.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Reports for the {@code small} fixture site, built from pieces a user writes: front matter (good,
 * missing or bad fields, unclosed), headings that collide with figure, table and footnote ids or
 * carry references, directive blocks with good, unknown and wrongly typed fields, inline references
 * to data that exists and that does not, images with references in their alt text, footnotes,
 * lists, quotes and tables. Nesting stays shallow: deep nesting is a limit of its own, fuzzed by
 * the loader fuzzer's mutations.
 */
final class Reports {

  private Reports() {}

  static final List<String> FRONT_MATTER =
      List.of(
          "---\ntitle: Fuzzed\ndate: 2025-03-01\n---\n",
          "---\ntitle: Fuzzed\ndate: 2025-03-01\nsummary: A summary {{rate am/blackmail alpha-1}}\ntags: [a, b]\n---\n",
          "---\ntitle: Fuzzed\n---\n",
          "---\ntitle: Fuzzed\ndate: 2025-02-30\n---\n",
          "---\ntitle: Fuzzed\ndate: 2025-03-01\ncolour: red\n---\n",
          "---\ntitle: [not, text]\ndate: 2025-03-01\n---\n",
          "---\ntitle: Fuzzed\ndate: 2025-03-01\n",
          "---\n---\n",
          "---\ntitle: Draft\ndate: 2025-03-01\ndraft: true\n---\n",
          "\uFEFF---\r\ntitle: Fuzzed\r\ndate: 2025-03-01\r\n---\r\n",
          "No front matter.\n");

  static final List<String> REFERENCES =
      List.of(
          "{{rate am/blackmail alpha-1}}",
          "{{rate am/blackmail alpha-1 goal=none urgency=replacement}}",
          "{{delta am/blackmail alpha-1 alpha-2}}",
          "{{ratio am/blackmail alpha-1 alpha-2}}",
          "{{pgr am/blackmail alpha-1 alpha-2 beta-1}}",
          "{{rate syco beta-1}}",
          "{{delta syco alpha-2 beta-1}}",
          "{{ratio syco alpha-2 beta-1}}",
          "{{rate am/nope alpha-1}}",
          "{{rate am/blackmail gamma-9}}",
          "{{rate am/blackmail alpha-1 goal=maybe}}",
          "{{delta am/blackmail alpha-1 alpha-1}}",
          "{{rate}}",
          "{{}}",
          "{{ rate\nam/blackmail alpha-2 }}",
          "{{",
          "}}",
          "{{rate am/blackmail/degeneration alpha-1}}",
          "{{<script>alert(1)</script>}}");

  static final List<String> HEADING_TEXT =
      List.of(
          "fn-1",
          "fnref-1",
          "Figure 1",
          "Section Figure 1",
          "Table 1",
          "figure-2",
          "Contents",
          "Rate",
          "Rate",
          "Twice {#twice}",
          "Other {#fn-1}",
          "Explicit {#figure-1}",
          "",
          "Results {.methods}",
          "Émoji ✓ and 数字",
          "<b>bold</b>");

  static final List<String> DIRECTIVES =
      List.of(
          "```chart\ntype: bar\neval: am/blackmail\ncaption: Bars\n```\n",
          "```chart\ntype: trend\neval: am/blackmail\nmodels: [alpha-1, alpha-2]\n```\n",
          "```chart\ntype: heatmap\neval: am/blackmail\n```\n",
          "```chart\ntype: training\nruns: [sft, dpo]\nmetric: degeneration_rate\nsmoothing: 0.5\n```\n",
          "```chart\ntype: training\nruns: [sft]\nmetric: loss\nsmoothing: 1.5\n```\n",
          "```chart\ntype: pie\neval: am/blackmail\n```\n",
          "```chart\ntype: bar\neval: am/blackmail\ncolour: red\n```\n",
          "```chart\ntype: bar\neval: [am/blackmail]\nmodels: alpha-1\n```\n",
          "```chart\n: :\n```\n",
          "```chart\n```\n",
          "```table\neval: am/blackmail\nby: condition\ncaption: By condition\n```\n",
          "```table\neval: syco\nmodels: [alpha-2, beta-1]\n```\n",
          "```table\neval: am/blackmail\nby: colour\n```\n",
          "```sample\neval: am/blackmail\nmodel: alpha-1\nid: nope\n```\n",
          "```python\nx = '{{rate am/blackmail alpha-1}}'\n```\n");

  static final List<String> BLOCKS =
      List.of(
          "Text with a footnote.[^1] And another.[^2]\n\n[^1]: One.\n[^2]: Two {{rate am/blackmail alpha-2}}.\n",
          "![Chart of {{rate am/blackmail alpha-1}}](figure.png)\n",
          "- one {{rate am/blackmail alpha-1}}\n- two\n  - nested *emphasis*{#fn-1}\n",
          "> quoted {{rate syco beta-1}}\n> > twice\n",
          "| a | b |\n|---|---|\n| {{rate am/blackmail alpha-1}} | 2 |\n",
          "A paragraph.\n{#table-1}\n",
          "<div onclick=\"x\">raw html</div>\n",
          "[link](javascript:alert(1)) and [ok](#figure-1)\n",
          "`{{rate am/blackmail alpha-1}}` in code\n");

  /** A whole report: front matter, then up to eight blocks. */
  static Arbitrary<String> reports() {
    Arbitrary<String> heading =
        Combinators.combine(
                Arbitraries.integers().between(1, 6),
                Arbitraries.of(HEADING_TEXT),
                Arbitraries.of(REFERENCES).optional())
            .as(
                (level, text, ref) ->
                    "#".repeat(level) + " " + text + ref.map(r -> " " + r).orElse("") + "\n");
    Arbitrary<String> paragraph =
        Arbitraries.of(REFERENCES)
            .list()
            .ofMaxSize(3)
            .map(refs -> "Prose " + String.join(" and ", refs) + ".\n");
    Arbitrary<String> block =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, heading), net.jqwik.api.Tuple.of(2, paragraph),
            net.jqwik.api.Tuple.of(3, Arbitraries.of(DIRECTIVES)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(BLOCKS)));
    return Combinators.combine(Arbitraries.of(FRONT_MATTER), block.list().ofMaxSize(8))
        .as((front, blocks) -> front + "\n" + String.join("\n", blocks));
  }
}
