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
        var entry = toast.getAttribute("data-entry");
        fetch("/api/v1/undo" + (entry ? "?entry=" + encodeURIComponent(entry) : ""), { method: "POST", headers: headers, credentials: "same-origin" })
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
  window.kithToast = function (message, undo, entry) {
    var box = document.getElementById("toasts");
    if (!box) { return; }
    var toast = document.createElement("div");
    toast.className = "toast";
    if (undo) { toast.setAttribute("data-undo", "true"); }
    if (undo && entry) { toast.setAttribute("data-entry", String(entry)); }
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
  document.addEventListener("kith-toast", function (e) { window.kithToast(e.detail.message, e.detail.undo, e.detail.entry); });
})();

// The person picker: every input[data-person] becomes an ARIA 1.2 combobox (an editable input with a
// list popup) over /api/v1/search. Arrow keys move through the people, Enter picks, Escape closes.
// Picking writes the contact's id into a hidden FIELD-id input, so a name shared by two people is never
// a guess; typing again clears it.
(function () {
  var count = 0;
  function setup(input) {
    if (input.getAttribute("role") === "combobox") { return; }
    count += 1;
    var listId = (input.id || "person-" + count) + "-list";
    var wrap = input.parentNode;
    wrap.classList.add("combo");
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "combo-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "People");
    list.hidden = true;
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    var hidden = null;
    var active = -1;
    var timer = null;
    var asked = 0;
    function idField() {
      if (!hidden) {
        hidden = document.createElement("input");
        hidden.type = "hidden";
        hidden.name = input.name + "-id";
        input.insertAdjacentElement("afterend", hidden);
      }
      return hidden;
    }
    function options() { return list.querySelectorAll("[role=option]"); }
    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function highlight(i) {
      var opts = options();
      if (!opts.length) { return; }
      active = (i + opts.length) % opts.length;
      opts.forEach(function (o, k) { o.setAttribute("aria-selected", k === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", opts[active].id);
      opts[active].scrollIntoView({ block: "nearest" });
    }
    function choose(option) {
      input.value = option.getAttribute("data-name");
      idField().value = option.getAttribute("data-id");
      close();
      input.dispatchEvent(new CustomEvent("kith-picked", { bubbles: true }));
    }
    function show(hits) {
      list.innerHTML = "";
      hits.forEach(function (hit, k) {
        var li = document.createElement("li");
        li.id = listId + "-" + k;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.setAttribute("data-id", hit.id);
        li.setAttribute("data-name", hit.name);
        var name = document.createElement("span");
        name.textContent = hit.name;
        li.appendChild(name);
        if (hit.organization || hit.archived) {
          var detail = document.createElement("span");
          detail.className = "muted small";
          detail.textContent = " " + [hit.organization, hit.archived ? "archived" : null].filter(Boolean).join(", ");
          li.appendChild(detail);
        }
        li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(li); });
        list.appendChild(li);
      });
      if (!hits.length) {
        var none = document.createElement("li");
        none.className = "combo-none";
        none.textContent = "No one by that name yet";
        list.appendChild(none);
      }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      active = -1;
    }
    function ask() {
      var q = input.value.trim();
      if (q.length < 1) { close(); return; }
      var mine = ++asked;
      fetch("/api/v1/search?limit=8&q=" + encodeURIComponent(q), { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (hits) { if (mine === asked && document.activeElement === input) { show(hits); } }, function () {});
    }
    input.addEventListener("input", function () {
      if (hidden) { hidden.value = ""; }
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") {
        e.preventDefault();
        if (list.hidden) { ask(); } else { highlight(active + 1); }
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        if (!list.hidden) { highlight(active - 1); }
      } else if (e.key === "Enter" && !list.hidden && active >= 0) {
        e.preventDefault();
        choose(options()[active]);
      } else if (e.key === "Escape") {
        if (!list.hidden) { e.preventDefault(); close(); }
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }
  function all(root) { (root || document).querySelectorAll("input[data-person]").forEach(setup); }
  document.addEventListener("DOMContentLoaded", function () { all(document); });
  document.addEventListener("htmx:afterSettle", function (e) { all(e.target); });
})();
