/**
 * Detection of text degeneration in one model output, on plain strings, with published definitions.
 *
 * <p>Entry point: {@link dev.evalpress.load.degeneration.DegenerationDetector#detect(String)},
 * which returns a {@link dev.evalpress.model.DegenerationReport} holding:
 *
 * <ul>
 *   <li>the <b>repetition loop</b> at the end of the output and whether it makes the output
 *       degenerate, as defined by the reference code of Holtzman et al. 2020, <i>The Curious Case
 *       of Neural Text Degeneration</i> (ICLR 2020, arXiv:1904.09751), file {@code
 *       metrics/repetition.py} of github.com/ari-holtzman/degen (see {@link
 *       dev.evalpress.load.degeneration.TailRepetition});
 *   <li><b>seq-rep-n</b>, the share of duplicate n-grams in the output, as defined by Welleck et
 *       al. 2020, <i>Neural Text Generation with Unlikelihood Training</i> (ICLR 2020,
 *       arXiv:1908.04319), function {@code ngram_metrics} in {@code custom/metrics.py} of
 *       github.com/facebookresearch/unlikelihood_training (see {@link
 *       dev.evalpress.load.degeneration.SeqRep});
 *   <li>the number of tokens.
 * </ul>
 *
 * <p>Tokens are whitespace-separated runs of characters (see {@link
 * dev.evalpress.load.degeneration.WhitespaceTokens}), not the GPT-2 BPE tokens the papers used, so
 * phrase lengths and seq-rep values are in whitespace tokens and are not numerically comparable
 * with the papers' tables; the rules themselves are the papers'. Thresholds are configurable per
 * eval through {@link dev.evalpress.load.degeneration.DegenerationSettings}, whose defaults are the
 * published ones.
 *
 * <p>Results are deterministic: they depend only on the string and the settings. All character
 * offsets are UTF-16 {@code char} indices into the original string, as used by {@link
 * String#substring(int, int)}.
 *
 * <p>It sits in the load stage because it classifies text while sample logs stream: counting
 * degenerate outputs needs every output, and only the load stage sees them all (it keeps just the
 * samples to publish). It depends on the JDK and on {@code model}, which holds the reports it
 * makes, so that the render stage can show them without depending on load. Every type in it is
 * immutable or stateless, and therefore thread-safe: one detector can serve any number of threads.
 */
package dev.evalpress.load.degeneration;
