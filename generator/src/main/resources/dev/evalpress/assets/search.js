// The search box in every page's header. The form stays hidden unless this script runs: without JavaScript the
// header's links to the eval and model lists remain. The search library (Fuse.js) and the site's index
// (assets/search-index.js, which assigns window.evalpressSearch) are loaded only when the box is first used, as
// script tags: they work from file://, where fetch() does not, and under the CSP (script-src 'self', no eval).
// Results are built with DOM calls and textContent, never HTML strings: their text comes from untrusted results.
(function () {
  "use strict";
  var form = document.querySelector("form.site-search");
  if (!form) { return; }
  var input = form.querySelector("input[type=search]");
  var status = form.querySelector(".search-status");
  var list = form.querySelector(".search-results");
  var root = form.getAttribute("data-root") || "";
  var fuse = null;
  var loading = false;
  var LIMIT = 12;
  form.hidden = false;

  function load(src, done) {
    var script = document.createElement("script");
    script.src = src;
    script.onload = done;
    script.onerror = function () { status.textContent = "Search is unavailable: " + src + " did not load."; };
    document.head.appendChild(script);
  }

  function ensureLoaded() {
    if (fuse || loading) { return; }
    loading = true;
    status.textContent = "Loading the search index…";
    load(form.getAttribute("data-library"), function () {
      load(form.getAttribute("data-index"), function () {
        fuse = new window.Fuse(window.evalpressSearch || [], {
          keys: [{ name: "t", weight: 3 }, { name: "i", weight: 2 }, { name: "m", weight: 1 }, { name: "x", weight: 0.5 }],
          ignoreLocation: true,
          threshold: 0.3,
          minMatchCharLength: 2
        });
        status.textContent = "";
        search();
      });
    });
  }

  function search() {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var query = input.value.trim();
    if (!fuse || query.length < 2) {
      if (fuse) { status.textContent = ""; }
      return;
    }
    var results = fuse.search(query, { limit: LIMIT });
    status.textContent = results.length === 0 ? "No results for \u201c" + query + "\u201d."
      : results.length + (results.length === LIMIT ? "+ results" : results.length === 1 ? " result" : " results");
    results.forEach(function (r) {
      var doc = r.item;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + doc.u;
      link.textContent = doc.t;
      var kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = doc.k;
      item.appendChild(kind);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(link);
      if (doc.m) {
        var meta = document.createElement("span");
        meta.className = "meta";
        meta.textContent = " " + doc.m;
        item.appendChild(meta);
      }
      list.appendChild(item);
    });
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  input.addEventListener("focus", ensureLoaded);
  // A search scans every document, so typing runs one search after a pause, not one per keystroke.
  var pending = null;
  input.addEventListener("input", function () {
    ensureLoaded();
    clearTimeout(pending);
    pending = setTimeout(search, 80);
  });
  // The CSP forbids form submission (form-action 'none'): Enter follows the first result instead.
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(pending);
    search();
    var first = links()[0];
    if (first) { window.location.href = first.href; }
  });
  form.addEventListener("keydown", function (e) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && all.length) {
      e.preventDefault();
      all[Math.min(at + 1, all.length - 1)].focus();
    } else if (e.key === "ArrowUp" && at >= 0) {
      e.preventDefault();
      if (at === 0) { input.focus(); } else { all[at - 1].focus(); }
    } else if (e.key === "Escape") {
      input.value = "";
      search();
      input.focus();
    }
  });
})();
