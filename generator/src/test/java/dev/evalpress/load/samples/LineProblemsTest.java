package dev.evalpress.load.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.model.Source;
import dev.evalpress.problem.Problem;
import dev.evalpress.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineProblemsTest {

  private static List<Problem> reported(int workers, long seed) {
    List<LineProblems> each = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      each.add(new LineProblems());
    }
    // lines 1..500 dealt to workers at random, as blocks are
    Random random = new Random(seed);
    for (int line = 500; line >= 1; line--) {
      each.get(random.nextInt(workers)).add(new Source("x.jsonl", line, 1), "bad " + line);
    }
    Problems problems = new Problems();
    LineProblems.report("x.jsonl", each, problems);
    return problems.list();
  }

  @Test
  void theLowestLinesAreReportedWhicheverWorkerFoundThem() {
    List<Problem> one = reported(1, 1);
    assertThat(reported(4, 2)).isEqualTo(one);
    assertThat(reported(7, 3)).isEqualTo(one);
    assertThat(one).hasSize(51);
    assertThat(one.get(0).toString())
        .isEqualTo(
            "x.jsonl:0:0: 500 bad lines; the 50 with the lowest line numbers are" + " listed");
    assertThat(one.subList(1, 51))
        .extracting(p -> p.source().line())
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
  }

  @Test
  void fewProblemsAreAllReportedWithoutACount() {
    LineProblems w = new LineProblems();
    w.add(new Source("x.jsonl", 3, 1), "bad");
    Problems problems = new Problems();
    LineProblems.report("x.jsonl", List.of(w, new LineProblems()), problems);
    assertThat(problems.list()).extracting(Problem::toString).containsExactly("x.jsonl:3:1: bad");
  }
}
