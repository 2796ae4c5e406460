// evalpress — light/dark theme switch. Loaded in <head> (not deferred) so a stored choice is applied
// before the first paint; without JavaScript, or with no stored choice, prefers-color-scheme decides.
// The button is added by this script, so a page without JavaScript shows no control that cannot work.
(function () {
  "use strict";
  var KEY = "evalpress-theme";
  var root = document.documentElement;

  function stored() {
    try {
      var value = window.localStorage.getItem(KEY);
      return value === "dark" || value === "light" ? value : null;
    } catch (e) {
      return null; // storage blocked (some file:// and private modes): follow the system
    }
  }

  function systemDark() {
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  function current() {
    return stored() || (systemDark() ? "dark" : "light");
  }

  var initial = stored();
  if (initial) {
    root.setAttribute("data-theme", initial);
  }

  function label(button) {
    var dark = current() === "dark";
    button.setAttribute("aria-pressed", dark ? "true" : "false");
    button.textContent = dark ? "Dark theme: on" : "Dark theme: off";
  }

  function addButton() {
    var nav = document.querySelector(".site-header nav");
    if (!nav) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "theme-switch";
    label(button);
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try {
        window.localStorage.setItem(KEY, next);
      } catch (e) {
        // not remembered, but still switched for this page
      }
      label(button);
    });
    nav.appendChild(button);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", addButton);
  } else {
    addButton();
  }
})();
