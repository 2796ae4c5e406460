package dev.evalpress.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class IoFailureTest {

  @Test
  void fileSystemFailuresSayWhatWentWrongNotJustWhere() {
    assertThat(IoFailure.describe(new NoSuchFileException("/a/b")))
        .isEqualTo("no such file or folder: /a/b");
    assertThat(IoFailure.describe(new AccessDeniedException("/a")))
        .isEqualTo("permission denied: /a");
    assertThat(IoFailure.describe(new FileAlreadyExistsException("/a")))
        .startsWith("already exists")
        .endsWith(": /a");
    assertThat(IoFailure.describe(new FileSystemException("/a", "/b", "Read-only file system")))
        .isEqualTo("Read-only file system: /a → /b");
    assertThat(IoFailure.describe(new FileSystemException("/a")))
        .isEqualTo("file system error: /a");
  }

  @Test
  void exceptionsWithoutAMessageStillSaySomething() {
    assertThat(IoFailure.describe(new EOFException()))
        .isEqualTo("unexpected end of file (is it truncated?)");
    assertThat(IoFailure.describe(new java.util.zip.ZipException()))
        .isEqualTo("damaged compressed data");
    assertThat(IoFailure.describe(new IOException())).isEqualTo("IOException");
    assertThat(IoFailure.describe(new IOException("disk on fire"))).isEqualTo("disk on fire");
  }
}
