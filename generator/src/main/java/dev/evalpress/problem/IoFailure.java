package dev.evalpress.problem;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/**
 * What went wrong in an I/O failure, in words. Java's file-system exceptions often carry only a
 * path as their message (or none: a truncated gzip stream says {@code null}), which reads as no
 * explanation at all.
 */
public final class IoFailure {

  private IoFailure() {}

  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException f) {
      return "no such file or folder: " + f.getFile();
    }
    if (e instanceof AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof FileAlreadyExistsException f) {
      return "already exists (a file where a folder is needed?): " + f.getFile();
    }
    if (e instanceof NotDirectoryException f) {
      return "not a folder: " + f.getFile();
    }
    if (e instanceof DirectoryNotEmptyException f) {
      return "folder not empty: " + f.getFile();
    }
    if (e instanceof FileSystemException f) {
      return (f.getReason() != null ? f.getReason() : "file system error")
          + ": "
          + f.getFile()
          + (f.getOtherFile() != null ? " → " + f.getOtherFile() : "");
    }
    if (e instanceof EOFException) {
      return "unexpected end of file (is it truncated?)";
    }
    if (e instanceof ZipException) {
      return "damaged compressed data"
          + (e.getMessage() != null ? " (" + e.getMessage() + ")" : "");
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
