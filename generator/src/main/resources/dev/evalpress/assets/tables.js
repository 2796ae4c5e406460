// Tables a reviewer can work with, on the eval and model pages. A table marked data-sortable gets a button in
// each column header: it sorts the rows by that column, ascending then descending, and says so in aria-sort.
// Numeric cells carry their number in data-sort (the text, such as "96%" or "−12.0 pts", does not sort);
// an empty data-sort (no value) sorts last either way. A table marked data-filterable gets a box that hides the
// rows not containing every word typed; an element marked data-filter-sections="SELECTOR" gets a box that
// hides the matching sections inside it the same way (a model page's evals). Without JavaScript, the tables
// read as built. All text is set with textContent.
(function () {
  "use strict";
  var slice = function (list) { return Array.prototype.slice.call(list); };

  // The column each header cell stands over, counting the row and column spans of the cells before it.
  function headerColumns(thead) {
    var taken = [];
    var columns = [];
    slice(thead.rows).forEach(function (row, r) {
      var col = 0;
      slice(row.cells).forEach(function (cell) {
        while (taken[r] && taken[r][col]) { col++; }
        for (var dr = 0; dr < cell.rowSpan; dr++) {
          for (var dc = 0; dc < cell.colSpan; dc++) {
            taken[r + dr] = taken[r + dr] || [];
            taken[r + dr][col + dc] = true;
          }
        }
        if (cell.colSpan === 1) { columns.push({ cell: cell, column: col }); }
        col += cell.colSpan;
      });
    });
    return columns;
  }

  function key(row, column) {
    var cell = row.cells[column];
    if (!cell) { return { empty: true }; }
    if (cell.hasAttribute("data-sort")) {
      var value = cell.getAttribute("data-sort");
      return value === "" ? { empty: true } : { number: parseFloat(value) };
    }
    var text = cell.textContent.trim();
    return text === "" || text === "\u2014" ? { empty: true } : { text: text };
  }

  function compare(a, b) {
    if (a.number !== undefined && b.number !== undefined) { return a.number - b.number; }
    return String(a.text !== undefined ? a.text : a.number)
      .localeCompare(String(b.text !== undefined ? b.text : b.number), undefined, { numeric: true });
  }

  function makeSortable(table) {
    var body = table.tBodies[0];
    if (!table.tHead || !body) { return; }
    var original = slice(body.rows);
    var headers = headerColumns(table.tHead);
    headers.forEach(function (h) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (h.cell.firstChild) { button.appendChild(h.cell.firstChild); }
      h.cell.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = h.cell.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.cell.removeAttribute("aria-sort"); });
        h.cell.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = original.map(function (row, i) { return { row: row, key: key(row, h.column), i: i }; });
        rows.sort(function (a, b) {
          if (a.key.empty || b.key.empty) { return a.key.empty === b.key.empty ? a.i - b.i : a.key.empty ? 1 : -1; }
          var c = compare(a.key, b.key);
          return (ascending ? c : -c) || a.i - b.i;
        });
        rows.forEach(function (r) { body.appendChild(r.row); });
      });
    });
  }

  function matches(element, words) {
    var text = element.textContent.toLowerCase();
    return words.every(function (w) { return text.indexOf(w) >= 0; });
  }

  function filterBox(label, before, onInput) {
    var wrapper = document.createElement("p");
    wrapper.className = "table-filter";
    var name = document.createElement("label");
    name.textContent = label + " ";
    var input = document.createElement("input");
    input.type = "search";
    input.autocomplete = "off";
    name.appendChild(input);
    var count = document.createElement("span");
    count.className = "filter-count";
    count.setAttribute("aria-live", "polite");
    wrapper.appendChild(name);
    wrapper.appendChild(document.createTextNode(" "));
    wrapper.appendChild(count);
    before.parentNode.insertBefore(wrapper, before);
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      count.textContent = words.length ? onInput(words) : "";
    });
  }

  slice(document.querySelectorAll("table[data-sortable]")).forEach(makeSortable);

  slice(document.querySelectorAll("table[data-filterable]")).forEach(function (table) {
    var body = table.tBodies[0];
    if (!body) { return; }
    filterBox("Filter rows", table, function (words) {
      var shown = 0;
      slice(body.rows).forEach(function (row) {
        row.hidden = !matches(row, words);
        if (!row.hidden) { shown++; }
      });
      return shown === 0 ? "No matching rows." : shown + " of " + body.rows.length + " rows";
    });
  });

  slice(document.querySelectorAll("[data-filter-sections]")).forEach(function (scope) {
    var sections = slice(scope.querySelectorAll(scope.getAttribute("data-filter-sections")));
    if (sections.length < 2) { return; }
    filterBox("Filter evals", sections[0], function (words) {
      var shown = 0;
      sections.forEach(function (section) {
        section.hidden = !matches(section, words);
        if (!section.hidden) { shown++; }
      });
      return shown === 0 ? "No matching evals." : shown + " of " + sections.length + " evals";
    });
  });
})();
