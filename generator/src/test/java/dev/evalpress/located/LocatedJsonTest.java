package dev.evalpress.located;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.problem.Problems;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LocatedJsonTest {

  @Test
  void remembersWhereEachValueStarts() {
    String json = "{\n  \"a\": {\"b\": [10, {\"c\": true}]},\n  \"d/e\": \"x\"\n}";
    Problems problems = new Problems();
    LocatedJson doc =
        LocatedJson.parse("f.json", json.getBytes(StandardCharsets.UTF_8), problems).orElseThrow();
    assertThat(doc.place("").toString()).isEqualTo("f.json:1:1");
    assertThat(doc.place("/a").toString()).isEqualTo("f.json:2:8");
    assertThat(doc.place("/a/b/0").toString()).isEqualTo("f.json:2:15");
    assertThat(doc.place("/a/b/1/c").toString()).isEqualTo("f.json:2:25");
    assertThat(doc.place("/d~1e").toString()).isEqualTo("f.json:3:10");
    // A missing field is placed at the nearest object that exists.
    assertThat(doc.place("/a/missing").toString()).isEqualTo("f.json:2:8");
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void yamlPlacesAreLinesOfTheEnclosingFile() {
    Problems problems = new Problems();
    LocatedJson doc =
        LocatedJson.parseYaml("r.md", "type: bar\neval: x\n", 20, problems).orElseThrow();
    assertThat(doc.place("/eval").toString()).isEqualTo("r.md:21:7");
  }

  @Test
  void syntaxErrorsAreReportedAtTheirPlace() {
    Problems problems = new Problems();
    assertThat(
            LocatedJson.parse(
                "f.json", "{\"a\": 1,\n \"a\": 2}".getBytes(StandardCharsets.UTF_8), problems))
        .isEmpty();
    assertThat(problems.list().get(0).toString())
        .startsWith("f.json:2:2:")
        .contains("duplicate field \"a\"");
    Problems yaml = new Problems();
    assertThat(LocatedJson.parseYaml("r.md", "a: [1, 2\n", 5, yaml)).isEmpty();
    assertThat(yaml.list().get(0).toString()).startsWith("r.md:").contains("invalid YAML");
  }
}
