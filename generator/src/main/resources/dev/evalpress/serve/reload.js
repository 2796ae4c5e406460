// Added by `evalpress serve` to the pages it serves (never to a built site): reloads the page after each good
// build and shows a failed build's problems over it.
(function () {
  "use strict";
  var overlay = null;

  function showProblems(lines) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "evalpress-problems";
      overlay.setAttribute("role", "alert");
      var heading = document.createElement("h2");
      heading.textContent = "The site did not build: the last good build is shown";
      var list = document.createElement("pre");
      var close = document.createElement("button");
      close.type = "button";
      close.textContent = "Hide";
      close.addEventListener("click", function () { overlay.hidden = true; });
      overlay.appendChild(heading);
      overlay.appendChild(list);
      overlay.appendChild(close);
      document.body.appendChild(overlay);
    }
    overlay.querySelector("pre").textContent = lines.join("\n");
    overlay.hidden = false;
  }

  var events = new EventSource("/__evalpress/events");
  events.addEventListener("reload", function () { window.location.reload(); });
  events.addEventListener("problems", function (e) { showProblems(JSON.parse(e.data)); });
})();
