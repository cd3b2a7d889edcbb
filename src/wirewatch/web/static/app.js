// wirewatch workbench: charts and keyboard navigation. No inline scripts (the CSP forbids them).
(function () {
  "use strict";

  function drawCharts(root) {
    if (typeof vegaEmbed === "undefined") return;
    root.querySelectorAll(".vega[data-spec-id]").forEach(function (el) {
      if (el.dataset.drawn) return;
      var data = document.getElementById(el.dataset.specId);
      if (!data) return;
      el.dataset.drawn = "1";
      // ast: true runs Vega expressions in the interpreter, never through eval (CSP-safe)
      vegaEmbed(el, JSON.parse(data.textContent), { renderer: "svg", actions: false, ast: true, defaultStyle: false, tooltip: { disableDefaultStyle: true } })
        .then(function () { el.dataset.rendered = "1"; })
        .catch(function (err) { el.textContent = "The chart could not be drawn: " + err; });
    });
  }

  function items() { return Array.prototype.slice.call(document.querySelectorAll("[data-nav]")); }

  function move(step) {
    var list = items();
    if (!list.length) return;
    var at = list.indexOf(document.querySelector("[data-nav].current"));
    var next = list[Math.min(list.length - 1, Math.max(0, at + step))];
    list.forEach(function (el) { el.classList.remove("current"); });
    next.classList.add("current");
    var link = next.querySelector("a.title") || next.querySelector("a");
    (link || next).focus();
    next.scrollIntoView({ block: "nearest" });
  }

  function toggleHelp() {
    var box = document.getElementById("keys-help");
    if (box) { box.remove(); return; }
    box = document.createElement("div");
    box.id = "keys-help";
    box.className = "help";
    box.setAttribute("role", "dialog");
    box.textContent = "/ search · j next · k previous · Enter open · n / p next or previous page · g h home · ? this help";
    document.body.appendChild(box);
  }

  var lastKey = "";
  document.addEventListener("keydown", function (ev) {
    var tag = (ev.target.tagName || "").toLowerCase();
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (tag === "input" || tag === "textarea" || tag === "select") {
      if (ev.key === "Escape") ev.target.blur();
      return;
    }
    var key = ev.key;
    if (key === "/") { ev.preventDefault(); (document.getElementById("q") || document.getElementById("quick-q")).focus(); }
    else if (key === "j") move(1);
    else if (key === "k") move(-1);
    else if (key === "n" || key === "p") {
      var link = document.querySelector('[data-nav-page="' + (key === "n" ? "next" : "prev") + '"]');
      if (link) link.click();
    }
    else if (key === "h" && lastKey === "g") window.location.href = "/search";
    else if (key === "?") toggleHelp();
    lastKey = key;
  });

  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
  document.addEventListener("htmx:afterSettle", function (ev) { drawCharts(ev.target); });
})();
