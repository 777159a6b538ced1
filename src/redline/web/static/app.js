// redline web: small progressive enhancements (no inline scripts; CSP script-src 'self').
(function () {
  "use strict";
  function wire(root) {
    var all = root.querySelector ? root.querySelector("#select-all") : null;
    if (all && !all.dataset.wired) {
      all.dataset.wired = "1";
      all.addEventListener("change", function () {
        document.querySelectorAll("input.pick").forEach(function (box) { box.checked = all.checked; });
      });
    }
  }
  document.addEventListener("DOMContentLoaded", function () { wire(document); });
  document.addEventListener("htmx:after:swap", function () { wire(document); });
  document.addEventListener("htmx:afterSwap", function () { wire(document); });
})();
