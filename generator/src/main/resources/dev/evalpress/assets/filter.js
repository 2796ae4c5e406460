// Filters the rows of a transcript list by verdict, degeneration and condition. The page reads fine
// without it; the filter form stays hidden unless this script runs. Rows carry data-* attributes.
(function () {
  var form = document.querySelector("form.filters");
  if (!form) { return; }
  form.hidden = false;
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.samples-table tbody tr"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var count = form.querySelector(".filter-count");
  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = selects.every(function (s) {
        return s.value === "" || row.getAttribute("data-" + s.getAttribute("data-filter")) === s.value;
      });
      row.hidden = !visible;
      if (visible) { shown++; }
    });
    count.textContent = shown + " of " + rows.length + " on this page";
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  apply();
})();
