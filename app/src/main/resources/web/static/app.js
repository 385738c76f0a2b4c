// Kith's small page behaviours. No inline scripts: the Content-Security-Policy forbids them.
document.addEventListener("keydown", function (e) {
  // "/" focuses the search box, as on many sites.
  if (e.key === "/" && !/INPUT|TEXTAREA|SELECT/.test(document.activeElement.tagName)) {
    var q = document.getElementById("q");
    if (q) { e.preventDefault(); q.focus(); }
  }
});

// "Copy note" buttons copy the (possibly edited) draft of a Today action.
document.addEventListener("click", function (e) {
  var button = e.target.closest("button[data-copy]");
  if (!button) { return; }
  var field = document.getElementById(button.getAttribute("data-copy"));
  if (!field) { return; }
  var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy note"; }, 1500); };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(done, function () { field.select(); document.execCommand("copy"); done(); });
  } else {
    field.select(); document.execCommand("copy"); done();
  }
});
