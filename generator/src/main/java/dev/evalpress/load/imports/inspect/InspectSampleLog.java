package dev.evalpress.load.imports.inspect;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evalpress.load.imports.ImportedSampleLog;
import dev.evalpress.load.imports.SampleLogProblems;
import dev.evalpress.load.imports.SampleProblem;
import dev.evalpress.load.imports.SampleTally;
import dev.evalpress.load.internal.BoundedZipEntry;
import dev.evalpress.located.LimitedJson;
import dev.evalpress.model.Sample;
import dev.evalpress.model.Source;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The samples of a successful Inspect AI log, streamed: in the JSON form, the elements of the
 * top-level {@code samples} array one at a time; in the {@code .eval} zip form, the {@code
 * samples/*.json} entries (one per sample × epoch) in name order, one at a time, a chunked sample
 * of log format version 3 put together from its entries by {@link InspectChunkedSample}. Each is
 * mapped by {@link InspectSampleMapper}. At the end the records of each eval are checked against
 * its imported result: a log of E epochs has n × E records for n samples, and for counts k of n, k
 * × E correct records (a sample reduced to correct or incorrect by the mean has the same value in
 * every epoch; with another reducer only the number of records is checked).
 */
final class InspectSampleLog implements ImportedSampleLog {

  private static final ObjectMapper MAPPER = new ObjectMapper(LimitedJson.factory());

  /**
   * What the records of one eval must add up to; {@code correct} is empty when it cannot be known.
   */
  record Expected(String evalId, long records, OptionalLong correct, String described) {}

  private final Path file;
  private final String shown;
  private final boolean zip;
  private final InspectSampleMapper mapper;
  private final List<Expected> expected;

  InspectSampleLog(
      Path file, String shown, boolean zip, InspectSampleMapper mapper, List<Expected> expected) {
    this.file = file;
    this.shown = shown;
    this.zip = zip;
    this.mapper = mapper;
    this.expected = List.copyOf(expected);
  }

  @Override
  public String shown() {
    return shown;
  }

  @Override
  public List<String> evalIds() {
    return expected.stream().map(Expected::evalId).toList();
  }

  @Override
  public void read(Consumer<Sample> sink, Problems problems) throws IOException {
    SampleTally tally = new SampleTally();
    SampleLogProblems reported = new SampleLogProblems(problems);
    Consumer<Sample> counting =
        s -> {
          tally.add(s.evalId(), s.verdict(), null);
          sink.accept(s);
        };
    boolean complete = zip ? readZip(counting, reported) : readJson(counting, problems, reported);
    if (complete && !reported.any()) {
      check(tally, problems);
    }
  }

  private boolean readJson(Consumer<Sample> sink, Problems problems, SampleLogProblems reported)
      throws IOException {
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = MAPPER.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (!name.equals("samples") || t != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
          JsonLocation at = p.currentTokenLocation();
          JsonNode sample = MAPPER.readTree(p);
          emit(
              sample,
              "/samples/" + i,
              new Source(shown, (int) at.getLineNr(), (int) at.getColumnNr()),
              sink,
              reported);
        }
      }
      return true;
    } catch (JsonProcessingException e) {
      // the results pass has parsed this file; a change since then is reported here
      problems.add(
          Source.file(shown), "invalid JSON while reading the samples: " + LimitedJson.explain(e));
      return false;
    }
  }

  private boolean readZip(Consumer<Sample> sink, SampleLogProblems reported) throws IOException {
    try (ZipFile z = new ZipFile(file.toFile())) {
      List<String> names = z.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).toList();
      // a sample is one entry samples/NAME.json (version 2, and unchunked samples of version 3), or
      // the shell
      // samples/NAME/sample.json of a chunked one (version 3); its other entries are read with the
      // shell
      List<String> samples =
          new ArrayList<>(
              names.stream()
                  .filter(
                      n ->
                          n.startsWith("samples/")
                              && n.endsWith(".json")
                              && (n.indexOf('/', "samples/".length()) < 0
                                  || InspectChunkedSample.isShell(n)))
                  .toList());
      // zip order is the writer's; sorting makes problems and their order the same in every build
      samples.sort(Comparator.naturalOrder());
      for (String name : samples) {
        String where = shown + "!" + name;
        ZipEntry entry = z.getEntry(name);
        JsonNode sample;
        try {
          if (InspectChunkedSample.isShell(name)) {
            sample = InspectChunkedSample.read(z, entry, names, MAPPER);
          } else {
            try (InputStream in = BoundedZipEntry.open(z, entry)) {
              sample = MAPPER.readTree(in);
            }
          }
        } catch (JsonProcessingException e) {
          JsonLocation at = e.getLocation();
          reported.add(
              new Source(where, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()),
              "invalid JSON: " + LimitedJson.explain(e));
          continue;
        } catch (SampleProblem e) {
          reported.add(new Source(where, 1, 1), e.getMessage());
          continue;
        } catch (BoundedZipEntry.TooLarge e) {
          reported.add(Source.file(where), e.getMessage());
          continue;
        } catch (IOException e) {
          // a damaged entry (bad deflate data) is reported at its name; the other entries are still
          // read
          reported.add(Source.file(where), "cannot read the zip entry: " + IoFailure.describe(e));
          continue;
        }
        emit(sample, "", new Source(where, 1, 1), sink, reported);
      }
      return true;
    }
  }

  private void emit(
      JsonNode sample,
      String pointer,
      Source source,
      Consumer<Sample> sink,
      SampleLogProblems reported) {
    try {
      mapper.map(sample, pointer, source).forEach(sink);
    } catch (SampleProblem e) {
      reported.add(source, e.getMessage());
    }
  }

  private void check(SampleTally tally, Problems problems) {
    for (Expected e : expected) {
      SampleTally.Counts c = tally.of(e.evalId());
      boolean countsDiffer = c.records() != e.records();
      boolean correctDiffers = e.correct().isPresent() && c.flagged() != e.correct().getAsLong();
      if (countsDiffer || correctDiffers) {
        problems.add(
            Source.file(shown),
            "the samples of eval \""
                + e.evalId()
                + "\" are "
                + c.records()
                + " records with "
                + c.flagged()
                + " correct, but the log's results say "
                + e.described()
                + "; the samples and the results of a log must agree");
      }
    }
  }
}
