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

// The Menu button folds the navigation open and shut on a narrow screen (the list is always shown on a wide one).
document.addEventListener("click", function (e) {
  var toggle = e.target.closest(".menu-toggle");
  if (toggle) {
    var nav = toggle.closest(".nav");
    var open = !nav.classList.contains("open");
    nav.classList.toggle("open", open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    var more = nav.querySelector(".more-menu");
    if (more && open) { more.open = true; }
    return;
  }
  // a click outside the "More" menu closes it
  document.querySelectorAll(".more-menu[open]").forEach(function (d) {
    if (!d.contains(e.target) && !d.closest(".nav.open")) { d.open = false; }
  });
});

// Filters folded on a phone stand open on a wide screen.
document.addEventListener("DOMContentLoaded", function () {
  if (window.matchMedia("(min-width: 561px)").matches) {
    document.querySelectorAll("details[data-open-wide]").forEach(function (d) { d.open = true; });
  }
});

// Toasts: a short confirmation after a change, gone after ten seconds. One with data-undo gets an Undo
// button for that time, which asks the server to take the change back and reloads the page.
(function () {
  var UNDO_MS = 10000;
  function csrf() {
    try { return JSON.parse(document.body.getAttribute("hx-headers") || "{}"); } catch (e) { return {}; }
  }
  function arm(toast) {
    if (toast.getAttribute("data-armed")) { return; }
    toast.setAttribute("data-armed", "true");
    if (toast.getAttribute("data-undo") === "true") {
      var undo = document.createElement("button");
      undo.type = "button";
      undo.className = "toast-undo";
      undo.textContent = "Undo";
      undo.addEventListener("click", function () {
        undo.disabled = true;
        var headers = csrf();
        headers["Accept"] = "application/json";
        fetch("/api/v1/undo", { method: "POST", headers: headers, credentials: "same-origin" })
          .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
          .then(function (answer) {
            if (answer.ok) {
              sessionStorage.setItem("kith-toast", "Undone: " + answer.body.undone);
              location.reload();
            } else {
              toast.querySelector(".toast-text").textContent = answer.body.error || "Could not undo that.";
              undo.remove();
            }
          }, function () { toast.querySelector(".toast-text").textContent = "Could not reach the server to undo."; });
      });
      toast.appendChild(undo);
    }
    var close = document.createElement("button");
    close.type = "button";
    close.className = "toast-close";
    close.setAttribute("aria-label", "Dismiss");
    close.textContent = "\u00d7";
    close.addEventListener("click", function () { toast.remove(); });
    toast.appendChild(close);
    setTimeout(function () { toast.remove(); }, UNDO_MS);
  }
  window.kithToast = function (message, undo) {
    var box = document.getElementById("toasts");
    if (!box) { return; }
    var toast = document.createElement("div");
    toast.className = "toast";
    if (undo) { toast.setAttribute("data-undo", "true"); }
    var text = document.createElement("span");
    text.className = "toast-text";
    text.textContent = message;
    toast.appendChild(text);
    box.appendChild(toast);
    arm(toast);
  };
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("#toasts .toast").forEach(arm);
    var after = sessionStorage.getItem("kith-toast");
    if (after) { sessionStorage.removeItem("kith-toast"); window.kithToast(after, false); }
  });
  document.addEventListener("kith-toast", function (e) { window.kithToast(e.detail.message, e.detail.undo); });
})();
