package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same inputs give a byte-identical site, whatever the locale and time zone of the JVM. */
class ReproducibleBuildTest {

  @Test
  void twoBuildsAreByteIdentical(@TempDir Path dir) throws Exception {
    BuiltSite first = BuiltSite.build(BuiltSite.example(), dir.resolve("a"));
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    BuiltSite second;
    try {
      Locale.setDefault(Locale.GERMANY);
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      second = BuiltSite.build(BuiltSite.example(), dir.resolve("b"));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertThat(second.files()).isEqualTo(first.files());
    for (String file : first.files()) {
      assertThat(Files.readAllBytes(second.out.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(first.out.resolve(file)));
    }
  }
}
