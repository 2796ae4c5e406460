package dev.evalpress.load.degeneration;

import java.util.Arrays;

/**
 * Whitespace tokenization that keeps offsets: a token is a maximal run of {@code char}s for which
 * {@link Character#isWhitespace(char)} is false. That is Java's definition of whitespace: the
 * Unicode space, line and paragraph separators (categories Zs, Zl, Zp) <i>except</i> the
 * non-breaking spaces U+00A0, U+2007 and U+202F, plus U+0009–U+000D and U+001C–U+001F. So "100",
 * U+00A0, "km" is one token, and U+3000 (ideographic space) separates tokens. No Unicode whitespace
 * lies outside the Basic Multilingual Plane, so scanning UTF-16 chars never splits a surrogate
 * pair, and combining marks stay in the token of their base character. Tokens are compared as exact
 * strings: no case folding or Unicode normalization.
 *
 * <p>Tokens are kept as offsets ({@code [starts[i], ends[i])}, UTF-16 char indices into {@link
 * #text}), never as substrings, with a 64-bit key per token:
 *
 * <ul>
 *   <li>a token of at most 7 chars, all in U+0000–U+00FF (most words of most languages written in
 *       Latin script), has an <b>exact</b> key: its chars packed one byte each, plus its length,
 *       top bit 0; two such tokens are equal exactly when their keys are;
 *   <li>any other token has a 63-bit hash key (top bit 1) of its length and chars; equal keys are
 *       then confirmed with {@link String#regionMatches(int, String, int, int)}.
 * </ul>
 *
 * So {@link #same(int, int)} is exact, and cheap for the common short tokens.
 *
 * <p>Instances are effectively immutable once built (the arrays never leave the package and are not
 * written after construction), so they may be shared between threads.
 */
final class WhitespaceTokens {

  /**
   * Bits 9–13 and 28–32 set: the chars {@code <= ' '} for which {@link Character#isWhitespace}
   * holds.
   */
  private static final long ASCII_WHITESPACE = (0x1FL << 9) | (0x1FL << 28);

  /**
   * Bit {@code c} set when {@link Character#isWhitespace(char) Character.isWhitespace(c)}; 8 KiB.
   */
  private static final long[] WHITESPACE = new long[1 << 10];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isWhitespace((char) c)) {
        WHITESPACE[c >>> 6] |= 1L << c;
      }
    }
  }

  private static final int MAX_PACKED_LENGTH = 7;
  private static final long HASH_SEED = 0x243F6A8885A308D3L;
  private static final long HASH_MULTIPLIER = 0x9E3779B97F4A7C15L;

  final String text;
  final int count;
  final int[] starts;
  final int[] ends;

  /** Exact packed key (top bit 0) or hash key (top bit 1); see the class comment. */
  final long[] keys;

  private WhitespaceTokens(String text, int count, int[] starts, int[] ends, long[] keys) {
    this.text = text;
    this.count = count;
    this.starts = starts;
    this.ends = ends;
    this.keys = keys;
  }

  /** Tokenizes {@code text}; one pass over its chars. */
  static WhitespaceTokens of(String text) {
    int length = text.length();
    // Prose averages ~7 chars per token with its separator; grow on demand for denser text.
    int capacity = Math.max(16, length / 6 + 16);
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    long[] keys = new long[capacity];
    int count = 0;
    int i = 0;
    while (true) {
      while (i < length && isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= length) {
        break;
      }
      int start = i;
      long packed = 0;
      int orOfChars = 0;
      do {
        char c = text.charAt(i);
        if (isWhitespace(c)) {
          break;
        }
        packed = (packed << 8) | c;
        orOfChars |= c;
        i++;
      } while (i < length);
      if (count == starts.length) {
        int grown = (int) Math.min(Integer.MAX_VALUE - 8L, (long) count * 2);
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
        keys = Arrays.copyOf(keys, grown);
      }
      int tokenLength = i - start;
      starts[count] = start;
      ends[count] = i;
      keys[count] =
          tokenLength <= MAX_PACKED_LENGTH && orOfChars <= 0xFF
              ? packed | (long) tokenLength << 56
              : hashKey(text, start, i);
      count++;
    }
    return new WhitespaceTokens(text, count, starts, ends, keys);
  }

  /** The key of the token {@code text[start, end)}, exactly as {@link #of} computes it. */
  static long key(String text, int start, int end) {
    int length = end - start;
    if (length <= MAX_PACKED_LENGTH) {
      long packed = 0;
      int orOfChars = 0;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        packed = (packed << 8) | c;
        orOfChars |= c;
      }
      if (orOfChars <= 0xFF) {
        return packed | (long) length << 56;
      }
    }
    return hashKey(text, start, end);
  }

  /**
   * The key of a token that cannot be packed: a 63-bit hash of its length and chars, top bit set.
   */
  private static long hashKey(String text, int start, int end) {
    long hash = HASH_SEED;
    for (int i = start; i < end; i++) {
      hash = (hash + text.charAt(i)) * HASH_MULTIPLIER;
    }
    return mix(hash ^ (end - start)) | Long.MIN_VALUE;
  }

  /**
   * Same as {@link Character#isWhitespace(char)}: a bit test, with a fast path for printable ASCII.
   */
  static boolean isWhitespace(char c) {
    if (c <= ' ') {
      return ((ASCII_WHITESPACE >>> c) & 1L) != 0;
    }
    return c >= '\u0080' && ((WHITESPACE[c >>> 6] >>> c) & 1L) != 0;
  }

  /** Whether tokens {@code i} and {@code j} are the same string. Exact. */
  boolean same(int i, int j) {
    long key = keys[i];
    if (key != keys[j]) {
      return false;
    }
    if (key >= 0) {
      return true; // packed keys are the tokens themselves
    }
    int len = ends[i] - starts[i];
    return len == ends[j] - starts[j] && text.regionMatches(starts[i], text, starts[j], len);
  }

  /** Token {@code i} as a string; for tests and diagnostics only. */
  String token(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /**
   * The 64-bit finalizer of MurmurHash3 ({@code fmix64}): a bijection in which every bit affects
   * all.
   */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
