// The transcript list's filter: verdict, degeneration, condition and a text search, over ALL published samples
// of this eval and version, not only the page of 50 shown. The samples come from samples.js beside the list
// (window.evalpressSamples: number, id, condition, verdict, degeneration, output start and searchable text,
// redacted fields left out). The filters live in the URL's fragment (#verdict=flagged&q=refuse), so a link or a
// reload keeps them and Back returns to them. With no filter the page shows its own 50 rows and page links. The
// page reads fine without this script; the form stays hidden unless it runs. Rows are built with DOM calls and
// textContent: ids and outputs are untrusted.
(function () {
  "use strict";
  var form = document.querySelector("form.filters");
  var data = window.evalpressSamples;
  if (!form || !data) { return; }
  var slice = function (list) { return Array.prototype.slice.call(list); };
  var body = document.querySelector("table.samples-table tbody");
  var pager = document.querySelector("nav.pages");
  var pageRows = slice(body.rows);
  var controls = slice(form.querySelectorAll("[data-filter]"));
  var count = form.querySelector(".filter-count");
  var samples = data.samples.map(function (s) {
    return { sample: s, text: (s.id + "\n" + s.c + "\n" + s.x).toLowerCase() };
  });
  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });

  function name(control) { return control.getAttribute("data-filter"); }

  function readUrl() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
    controls.forEach(function (c) {
      var value = params.get(name(c)) || "";
      if (c.tagName === "SELECT" && !slice(c.options).some(function (o) { return o.value === value; })) {
        value = "";
      }
      c.value = value;
    });
  }

  function writeUrl() {
    var params = new URLSearchParams();
    controls.forEach(function (c) { if (c.value !== "") { params.set(name(c), c.value); } });
    var hash = params.toString();
    var url = window.location.href.replace(/#.*$/, "") + (hash ? "#" + hash : "");
    if (url !== window.location.href) { history.replaceState(null, "", url); }
  }

  function matches(entry) {
    var s = entry.sample;
    return controls.every(function (c) {
      var v = c.value;
      if (v === "") { return true; }
      switch (name(c)) {
        case "verdict": return s.v === v;
        case "degenerate": return s.d === v;
        case "condition": return s.c === v;
        default:
          return v.toLowerCase().split(/\s+/).filter(Boolean)
            .every(function (word) { return entry.text.indexOf(word) >= 0; });
      }
    });
  }

  function cell(row, text, className) {
    var td = document.createElement("td");
    if (className) { td.className = className; }
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function row(s) {
    var tr = document.createElement("tr");
    var link = document.createElement("a");
    link.href = s.n + ".html";
    link.textContent = "#" + s.n;
    cell(tr, "").appendChild(link);
    cell(tr, s.id, "sample-id");
    cell(tr, s.c);
    cell(tr, s.w, s.a ? "flagged" : "not-flagged");
    cell(tr, s.d === "yes" ? "degenerate" : "no", s.d === "yes" ? "degenerate" : null);
    cell(tr, s.p, "excerpt");
    return tr;
  }

  function show(rows) {
    while (body.firstChild) { body.removeChild(body.firstChild); }
    rows.forEach(function (r) { body.appendChild(r); });
  }

  function apply() {
    var active = controls.some(function (c) { return c.value !== ""; });
    if (!active) {
      show(pageRows);
      if (pager) { pager.hidden = false; }
      count.textContent = "";
      return;
    }
    var found = samples.filter(matches);
    if (pager) { pager.hidden = true; }
    if (found.length === 0) {
      var empty = document.createElement("tr");
      empty.className = "no-match";
      cell(empty, "No matching transcripts.").colSpan = 6;
      show([empty]);
    } else {
      show(found.map(function (e) { return row(e.sample); }));
    }
    count.textContent = found.length + " of " + samples.length + " transcripts match";
  }

  controls.forEach(function (c) {
    c.addEventListener(c.tagName === "SELECT" ? "change" : "input", function () { writeUrl(); apply(); });
  });
  window.addEventListener("hashchange", function () { readUrl(); apply(); });
  readUrl();
  apply();
})();
