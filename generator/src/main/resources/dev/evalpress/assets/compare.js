// The compare page: any two model versions side by side on every eval both were measured on, with the
// statistics of the {{delta EVAL BEFORE AFTER}} reference (analyse/Comparer): Newcombe's interval for a
// difference of rates and Fisher's exact test (the two-proportion z-test above the Fisher limit); for scores a
// normal interval and a two-sided z-test; the verdict at alpha in the metric's direction. Numbers are written
// exactly as the Java formatter (render/format/EstimateText) writes them; CompareViewIT checks the two agree on a
// grid of inputs. Computing in the browser from one data file (compare/data.js) reaches all n² pairs without a
// page per pair. The page reads without this script: it then says why and links to each model page.
// Every string from the data is placed with textContent, never as markup.
(function (global) {
  "use strict";

  var MINUS = "\u2212";
  var DASH = "\u2013";
  var FISHER = "Fisher's exact test";
  var TWO_PROPORTION = "two-proportion z-test";
  var Z_TEST = "two-sided z-test";

  // ---- statistics: each mirrors its Java counterpart operation for operation, so results agree bit for bit
  // where the arithmetic is elementary (Wilson, Newcombe, verdicts) ----

  /** analyse/stats/WilsonInterval. */
  function wilson(k, n, z) {
    var p = k / n;
    var z2 = z * z;
    var denominator = 1 + z2 / n;
    var centre = (p + z2 / (2.0 * n)) / denominator;
    var half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    var lower = k === 0 ? 0.0 : Math.min(p, Math.max(0.0, centre - half));
    var upper = k === n ? 1.0 : Math.max(p, Math.min(1.0, centre + half));
    return [lower, upper];
  }

  function square(x) {
    return x * x;
  }

  /** analyse/stats/NewcombeInterval: the interval of kAfter/nAfter − kBefore/nBefore. */
  function newcombe(kBefore, nBefore, kAfter, nAfter, z) {
    var pBefore = kBefore / nBefore;
    var pAfter = kAfter / nAfter;
    var before = wilson(kBefore, nBefore, z);
    var after = wilson(kAfter, nAfter, z);
    var d = pAfter - pBefore;
    var down = Math.sqrt(square(pAfter - after[0]) + square(before[1] - pBefore));
    var up = Math.sqrt(square(after[1] - pAfter) + square(pBefore - before[0]));
    return [Math.max(-1.0, d - down), Math.min(1.0, d + up)];
  }

  /**
   * analyse/stats/FisherExactTest: the two-sided p-value, the total probability of the tables no more probable
   * than the observed one (R's relative tolerance 1e-7). The hypergeometric probabilities are taken relative to
   * the mode by the ratio of neighbours, as R's fisher.test does, which needs no log-gamma function.
   */
  function fisherP(kBefore, nBefore, kAfter, nAfter) {
    var population = nBefore + nAfter;
    var row = nBefore;
    var successes = kBefore + kAfter;
    var lo = Math.max(0, successes - (population - row));
    var hi = Math.min(row, successes);
    if (lo === hi) {
      return 1.0;
    }
    var mode = Math.min(hi, Math.max(lo, Math.floor((successes + 1) * (row + 1) / (population + 2))));
    var other = population - row - successes;
    var d = new Float64Array(hi - lo + 1);
    d[mode - lo] = 1;
    var x;
    for (x = mode; x < hi; x++) {
      d[x + 1 - lo] = d[x - lo] * ((row - x) * (successes - x)) / ((x + 1) * (other + x + 1));
    }
    for (x = mode; x > lo; x--) {
      d[x - 1 - lo] = d[x - lo] * (x * (other + x)) / ((row - x + 1) * (successes - x + 1));
    }
    var threshold = d[kBefore - lo] * (1 + 1e-7);
    if (d[mode - lo] <= threshold) {
      return 1.0;
    }
    var total = 0;
    var tail = 0;
    for (var i = 0; i < d.length; i++) {
      total += d[i];
      if (d[i] <= threshold) {
        tail += d[i];
      }
    }
    return Math.min(1.0, tail / total);
  }

  /**
   * The complementary error function for t ≥ 0: a series with positive terms below 3, a continued fraction
   * above, each accurate to about 1e-12 relative where a p-value's three significant digits are shown.
   */
  function erfc(t) {
    if (t < 3) {
      var term = t;
      var sum = t;
      for (var n = 1; n < 500 && term > sum * 1e-17; n++) {
        term *= 2 * t * t / (2 * n + 1);
        sum += term;
      }
      return 1 - 2 / Math.sqrt(Math.PI) * Math.exp(-t * t) * sum;
    }
    var f = t;
    for (var m = 120; m >= 1; m--) {
      f = t + (m / 2) / f;
    }
    return Math.exp(-t * t) / Math.sqrt(Math.PI) / f;
  }

  /** P(Z > x) for a standard normal Z and x ≥ 0. */
  function normalSurvival(x) {
    return 0.5 * erfc(x / Math.SQRT2);
  }

  function isCounts(e) {
    return typeof e.k === "number";
  }

  function isScore(e) {
    return typeof e.mean === "number";
  }

  /** analyse/Comparer.comparable. */
  function comparable(before, after) {
    return isCounts(before) && isCounts(after) || isScore(before) && isScore(after);
  }

  function value(e) {
    return isCounts(e) ? e.k / e.n : e.mean;
  }

  /**
   * analyse/Comparer.compare on two pooled estimates (data entries): the difference with its interval, the test
   * and its p-value, and the verdict ("improved", "regressed" or "no detectable change").
   */
  function compare(before, after, lowerIsBetter, settings) {
    var p;
    var test;
    var interval;
    if (isCounts(before)) {
      if (before.n + after.n <= settings.fisherLimit) {
        test = FISHER;
        p = fisherP(before.k, before.n, after.k, after.n);
      } else {
        test = TWO_PROPORTION;
        var pooled = (before.k + after.k) / (before.n + after.n);
        var se = Math.sqrt(pooled * (1 - pooled) * (1.0 / before.n + 1.0 / after.n));
        var diff = after.k / after.n - before.k / before.n;
        p = se === 0 ? (diff === 0 ? 1.0 : 0.0) : Math.min(1.0, 2 * normalSurvival(Math.abs(diff) / se));
      }
      interval = newcombe(before.k, before.n, after.k, after.n, settings.z);
    } else {
      test = Z_TEST;
      var s = Math.sqrt(before.se * before.se + after.se * after.se);
      var d = after.mean - before.mean;
      p = s === 0 ? (d === 0 ? 1.0 : 0.0) : Math.min(1.0, 2 * normalSurvival(Math.abs(d) / s));
      var half = settings.z * Math.sqrt(before.se * before.se + after.se * after.se);
      interval = [d - half, d + half];
    }
    var difference = value(after) - value(before);
    var verdict = "no detectable change";
    if (p < settings.alpha && difference !== 0) {
      verdict = (difference < 0) === lowerIsBetter ? "improved" : "regressed";
    }
    return { difference: difference, interval: interval, rate: isCounts(after), test: test, p: p, verdict: verdict };
  }

  // ---- formatting: render/format/EstimateText, with Java's BigDecimal rounding done on decimal strings ----

  /** The decimal digits of x ≥ 0 without an exponent, from its shortest representation (as Double.toString). */
  function plain(s) {
    var m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
    if (!m) {
      return s;
    }
    var digits = m[1] + (m[2] || "");
    var point = m[1].length + parseInt(m[3], 10);
    if (point <= 0) {
      return "0." + new Array(1 - point).join("0") + digits;
    }
    if (point >= digits.length) {
      return digits + new Array(point - digits.length + 1).join("0");
    }
    return digits.slice(0, point) + "." + digits.slice(point);
  }

  /** Adds one to the last digit of a string of digits. */
  function increment(digits) {
    var out = digits.split("");
    for (var i = out.length - 1; i >= 0; i--) {
      if (out[i] === "9") {
        out[i] = "0";
      } else {
        out[i] = String.fromCharCode(out[i].charCodeAt(0) + 1);
        return out.join("");
      }
    }
    return "1" + out.join("");
  }

  /** BigDecimal.valueOf(x).setScale(decimals, HALF_UP).toPlainString(), for x ≥ 0. */
  function fixed(x, decimals) {
    var parts = plain(String(x)).split(".");
    var whole = parts[0];
    var fraction = parts[1] || "";
    var up = fraction.length > decimals && fraction.charAt(decimals) >= "5";
    fraction = (fraction + new Array(decimals + 1).join("0")).slice(0, decimals);
    if (up) {
      var all = increment(whole + fraction);
      whole = all.slice(0, all.length - decimals);
      fraction = all.slice(all.length - decimals);
    }
    return decimals > 0 ? whole + "." + fraction : whole;
  }

  /** Drops trailing zeros after the decimal point, and the point itself if nothing follows it. */
  function stripZeros(s) {
    return s.indexOf(".") < 0 ? s : s.replace(/0+$/, "").replace(/\.$/, "");
  }

  /** new BigDecimal(x).round(digits significant, HALF_UP), stripped of trailing zeros, for x ≥ 0. */
  function significant(x, digits) {
    return stripZeros(plain(x.toPrecision(digits)));
  }

  function points(pct) {
    return pct !== 0 && Math.abs(pct) < 0.1 ? significant(pct, 2) : fixed(pct, 1);
  }

  function signedPoints(pct) {
    var magnitude = points(Math.abs(pct));
    return (pct < 0 && parseFloat(magnitude) !== 0 ? MINUS : "") + magnitude;
  }

  function signedPlain(x, decimals) {
    if (!isFinite(x)) {
      return x < 0 ? MINUS + "\u221e" : "\u221e";
    }
    var magnitude = fixed(Math.abs(x), decimals);
    return (x < 0 && parseFloat(magnitude) !== 0 ? MINUS : "") + magnitude;
  }

  function signed(magnitude, d) {
    if (parseFloat(magnitude) === 0) {
      return "\u00b1" + magnitude;
    }
    return (d < 0 ? MINUS : "+") + magnitude;
  }

  function number(x) {
    var magnitude = fixed(Math.abs(x), 3);
    return (x < 0 && parseFloat(magnitude) !== 0 ? MINUS : "") + magnitude;
  }

  function pText(p) {
    return p < 0.001 ? "p < 0.001" : "p = " + significant(p, 3);
  }

  /**
   * The texts of a comparison as the site writes them: the change ("−12.0 pts"), its interval ("−98.4 to
   * −89.1"), the test with its p-value ("Fisher p = 0.0123"), the verdict with its test (the tooltip of model
   * pages) and the whole {{delta}} sentence.
   */
  function texts(c, before, after, settings) {
    var d = c.difference;
    var change = c.rate ? signed(points(Math.abs(d) * 100), d) + " pts" : signed(number(Math.abs(d)), d);
    var interval = c.rate
        ? signedPoints(c.interval[0] * 100) + " to " + signedPoints(c.interval[1] * 100)
        : signedPlain(c.interval[0], 3) + " to " + signedPlain(c.interval[1], 3);
    var testName = c.test === FISHER ? "Fisher" : c.test === TWO_PROPORTION ? TWO_PROPORTION : "z-test";
    var test = testName + " " + pText(c.p);
    var verdict = c.verdict + ", " + test;
    return {
      change: change,
      interval: interval,
      test: test,
      verdict: verdict,
      delta: before.v + " \u2192 " + after.v + " (" + change + ", " + settings.levelLabel + " CI " + interval + "; "
          + verdict + ")"
    };
  }

  /**
   * A data entry (render/page/CompareData.entry) as an object: its model's index m, k and n of a rate or mean,
   * se and n of a score, and the displayed value v and interval ci.
   */
  function entry(array) {
    var e = { m: array[0], v: array[array.length - 2], ci: array[array.length - 1] };
    if (array.length === 5) {
      e.k = array[1];
      e.n = array[2];
    } else if (array.length === 6) {
      e.mean = array[1];
      e.se = array[2];
      e.n = array[3];
    }
    return e;
  }

  /** The {{delta}} sentence for two data entries, or "" when they cannot be compared. */
  function delta(before, after, lowerIsBetter, settings) {
    if (!comparable(before, after)) {
      return "";
    }
    return texts(compare(before, after, lowerIsBetter, settings), before, after, settings).delta;
  }

  global.evalpressCompare = { entry: entry, compare: compare, texts: texts, delta: delta, fisherP: fisherP, erfc: erfc };

  // ---- the page ----

  var data = global.evalpressCompareData;
  var form = document.querySelector("form.compare-picker");
  if (!data || !form) {
    return;
  }
  var summary = document.querySelector(".compare-summary");
  var results = document.querySelector(".compare-results");
  var selects = { a: form.querySelector("select[name=a]"), b: form.querySelector("select[name=b]") };
  var index = {};
  data.models.forEach(function (m, i) { index[m.id] = i; });

  function element(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    if (className) {
      e.className = className;
    }
    return e;
  }

  /** The version before b by default: its predecessor, else the previous version of its family, else any other. */
  function defaultBefore(b) {
    var model = data.models[index[b]];
    if (model.predecessor && index.hasOwnProperty(model.predecessor)) {
      return model.predecessor;
    }
    for (var i = index[b] - 1; i >= 0; i--) {
      if (data.models[i].family === model.family) {
        return data.models[i].id;
      }
    }
    for (var j = 0; j < data.models.length; j++) {
      if (data.models[j].id !== b) {
        return data.models[j].id;
      }
    }
    return b;
  }

  /** The pair to show: from the query string (or the hash), else the latest version with a predecessor. */
  function initialPair() {
    var params = new URLSearchParams(global.location.search || global.location.hash.replace(/^#/, ""));
    var a = params.get("a");
    var b = params.get("b");
    if (!index.hasOwnProperty(b)) {
      b = null;
      for (var i = data.models.length - 1; i >= 0 && b === null; i--) {
        if (data.models[i].predecessor) {
          b = data.models[i].id;
        }
      }
      if (b === null && data.models.length > 0) {
        b = data.models[data.models.length - 1].id;
      }
    }
    if (b !== null && !index.hasOwnProperty(a)) {
      a = defaultBefore(b);
    }
    return { a: a, b: b };
  }

  function remember(a, b) {
    var query = "?a=" + encodeURIComponent(a) + "&b=" + encodeURIComponent(b);
    try {
      global.history.replaceState(null, "", query);
    } catch (e) {
      // some browsers refuse to rewrite a file:// URL; the comparison still shows, only the link is not updated
    }
  }

  function header(before, after, level) {
    var head = element("thead");
    var top = element("tr");
    var first = element("th", "Eval");
    first.scope = "col";
    first.rowSpan = 2;
    top.appendChild(first);
    [before, after, null].forEach(function (model) {
      var th = element("th", model === null ? "Change" : null);
      if (model !== null) {
        var link = element("a", model.name);
        link.href = model.href;
        th.appendChild(link);
      }
      th.scope = "colgroup";
      th.colSpan = 3;
      top.appendChild(th);
    });
    var second = element("tr");
    ["Value", level + " CI", "n", "Value", level + " CI", "n", "Difference", level + " CI", "Verdict and test"]
        .forEach(function (name, i) {
          var th = element("th", name, i < 8 ? "num" : null);
          th.scope = "col";
          second.appendChild(th);
        });
    head.appendChild(top);
    head.appendChild(second);
    return head;
  }

  function cell(row, text, className) {
    row.appendChild(element("td", text, className));
  }

  function render(a, b) {
    results.textContent = "";
    var before = data.models[index[a]];
    var after = data.models[index[b]];
    if (a === b) {
      summary.textContent = "Choose two different versions.";
      return;
    }
    var table = element("table", null, "data compare-table");
    table.appendChild(header(before, after, data.levelLabel));
    var body = element("tbody");
    var counts = { improved: 0, regressed: 0, "no detectable change": 0 };
    var shown = 0;
    var onlyOne = 0;
    data.evals.forEach(function (ev) {
      var x = null;
      var y = null;
      ev.results.forEach(function (r) {
        if (r[0] === index[a]) { x = entry(r); }
        if (r[0] === index[b]) { y = entry(r); }
      });
      if (x === null || y === null) {
        onlyOne += x === null && y === null ? 0 : 1;
        return;
      }
      shown++;
      var row = element("tr");
      row.setAttribute("data-eval", ev.id);
      var name = element("td", null, "eval");
      var link = element("a", ev.title);
      link.href = ev.href;
      name.appendChild(link);
      name.appendChild(element("span", ev.metric + " \u00b7 " + (ev.lowerIsBetter ? "lower" : "higher") + " is better",
          "meta"));
      row.appendChild(name);
      [x, y].forEach(function (e) {
        cell(row, e.v, "num rate");
        cell(row, e.ci, "num ci");
        cell(row, typeof e.n === "number" ? String(e.n) : "", "num");
      });
      if (comparable(x, y)) {
        var c = compare(x, y, ev.lowerIsBetter, data);
        var t = texts(c, x, y, data);
        counts[c.verdict]++;
        cell(row, t.change, "num change");
        cell(row, t.interval, "num ci change-ci");
        var verdict = element("td");
        var word = element("a", c.verdict, "verdict " + (c.verdict === "no detectable change" ? "no-change" : c.verdict));
        word.href = data.methods;
        word.title = t.verdict;
        verdict.appendChild(word);
        verdict.appendChild(element("span", t.test, "meta test"));
        row.appendChild(verdict);
      } else {
        cell(row, "", "num change");
        cell(row, "", "num ci change-ci");
        cell(row, "not comparable", "note");
      }
      body.appendChild(row);
    });
    table.appendChild(body);
    var words = before.name + " \u2192 " + after.name + ": " + shown + (shown === 1 ? " eval" : " evals")
        + " measured on both versions";
    if (shown > 0) {
      words += " (" + counts.improved + " improved, " + counts.regressed + " regressed, "
          + counts["no detectable change"] + " no detectable change)";
    }
    words += ".";
    if (onlyOne > 0) {
      words += " " + onlyOne + (onlyOne === 1 ? " eval was" : " evals were") + " measured on only one of them.";
    }
    summary.textContent = words;
    if (shown > 0) {
      results.appendChild(table);
    }
  }

  function update() {
    render(selects.a.value, selects.b.value);
    remember(selects.a.value, selects.b.value);
  }

  var pair = initialPair();
  if (pair.b === null) {
    return;
  }
  document.querySelector(".compare-static").hidden = true;
  form.hidden = false;
  summary.hidden = false;
  selects.a.value = pair.a;
  selects.b.value = pair.b;
  selects.a.addEventListener("change", update);
  selects.b.addEventListener("change", update);
  render(pair.a, pair.b);
})(window);
