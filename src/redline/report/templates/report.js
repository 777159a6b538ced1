(function () {
  "use strict";
  var form = document.getElementById("filters");
  var docs = Array.prototype.slice.call(document.querySelectorAll("section.doc"));
  var status = document.getElementById("filter-status");
  function checkedSeverities() {
    var out = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name=severity]"), function (box) {
      out[box.value] = box.checked;
    });
    return out;
  }
  function apply() {
    var sev = checkedSeverities();
    var stance = form.elements.stance.value;
    var trait = form.elements.trait.value;
    var query = form.elements.q.value.trim().toLowerCase();
    var showSuppressed = form.elements.suppressed.checked;
    var showClean = form.elements.clean.checked;
    var filtering = query !== "" || trait !== "";
    var nFindings = 0, nDocs = 0;
    docs.forEach(function (doc) {
      var visible = 0;
      var findings = doc.querySelectorAll("article.finding");
      Array.prototype.forEach.call(findings, function (f) {
        var ok = sev[f.dataset.severity] &&
          (trait === "" || f.dataset.trait === trait) &&
          (showSuppressed || f.dataset.suppressed === "") &&
          (query === "" || f.dataset.search.indexOf(query) !== -1);
        f.hidden = !ok;
        if (ok) { visible += 1; }
      });
      var stanceOk = stance === "" || doc.dataset.stance === stance;
      var show = stanceOk && (visible > 0 || (findings.length === 0 && showClean && !filtering &&
        (query === "" || doc.dataset.uri.toLowerCase().indexOf(query) !== -1)));
      doc.hidden = !show;
      if (show) { nDocs += 1; nFindings += visible; }
    });
    status.textContent = "showing " + nFindings + " finding(s) in " + nDocs + " document(s)";
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  apply();
})();
