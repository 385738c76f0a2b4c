// The network picture: Cytoscape.js over /api/v1/network. The server places everyone (NetworkLayout):
// me at the centre, the closest people nearest, so the same book gives the same picture on every load.
// Names show for the closest people, and for others on hover or keyboard focus (arrow keys, Enter opens).
// A path asked for on the page is drawn thick and dark over a dimmed picture. The list below the
// picture holds the same people for screen readers and small screens.
(function () {
  var PALETTE = ["#4f46e5", "#0891b2", "#16a34a", "#ca8a04", "#dc2626", "#9333ea", "#db2777", "#0d9488",
    "#ea580c", "#2563eb", "#65a30d", "#7c3aed"];
  var CIRCLES = { inner: "#dc2626", close: "#ea580c", network: "#4f46e5", acquaintance: "#64748b" };
  var CIRCLE_WORDS = { inner: "inner circle", close: "close", network: "network", acquaintance: "acquaintance" };
  var PATH = "#9a3412";
  var OTHER = "#94a3b8";
  var OUTSIDE = 150; // how far past the one before them a path's person outside the picture is drawn
  var cy = null, data = null, order = [], focused = -1;
  var graph = document.getElementById("graph");
  var status = document.getElementById("network-status");
  var focusText = document.getElementById("graph-focus");
  var colorBy = document.getElementById("color-by");
  var show = document.getElementById("show");
  var list = document.getElementById("network-people");

  function topOrganizations(nodes) {
    var counts = {};
    nodes.forEach(function (n) { if (n.organization) { counts[n.organization] = (counts[n.organization] || 0) + 1; } });
    return Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0); })
      .slice(0, PALETTE.length);
  }

  function colours(nodes, by) {
    if (by === "circle") { return function (n) { return CIRCLES[n.circle] || OTHER; }; }
    var map = {};
    topOrganizations(nodes).forEach(function (o, i) { map[o] = PALETTE[i]; });
    return function (n) { return map[n.organization] || OTHER; };
  }

  function swatch(el, colour, text, kind) {
    var item = document.createElement("span");
    var mark = document.createElement("i");
    mark.className = kind || "dot";
    mark.style.background = colour;
    item.appendChild(mark);
    item.appendChild(document.createTextNode(text));
    el.appendChild(item);
  }

  function legend(by, path) {
    var el = document.getElementById("legend");
    el.textContent = "";
    swatch(el, "#111827", "me", "dot me");
    if (by === "circle") {
      Object.keys(CIRCLES).forEach(function (c) { swatch(el, CIRCLES[c], CIRCLE_WORDS[c]); });
    } else {
      topOrganizations(data.nodes).forEach(function (o, i) { swatch(el, PALETTE[i], o); });
      swatch(el, OTHER, "other");
    }
    if (path.length) { swatch(el, PATH, "the path", "line"); }
    var size = document.createElement("span");
    size.textContent = "Bigger: a stronger tie. Nearer the centre: closer to you.";
    el.appendChild(size);
  }

  function nodeId(pid) {
    if (pid === null || pid === undefined) { return "target"; }
    return data.me && data.me.id === pid ? "me" : "n" + pid;
  }

  // Sizes in screen pixels whatever the zoom (k = 1 / zoom): names stay readable and the path thick
  // when a large book is drawn small. People's own sizes stay in the picture's units, so none overlap.
  function styles(k) {
    return [
      { selector: "node", style: { "background-color": "data(colour)", width: "data(size)", height: "data(size)",
        "border-width": k, "border-color": "#ffffff", "font-size": 12 * k, color: "#111827", "text-valign": "center",
        "text-halign": "right", "text-margin-x": 4 * k, "text-background-color": "#ffffff",
        "text-background-opacity": 0.9, "text-background-padding": 2 * k, "text-background-shape": "roundrectangle",
        "min-zoomed-font-size": 0 } },
      // names point away from me: left of people on my left, right of those on my right
      { selector: "node.west", style: { "text-halign": "left", "text-margin-x": -4 * k } },
      { selector: "node.named, node.hover, node.focus, node.on-path, node.me", style: { label: "data(label)" } },
      { selector: "node.named", style: { "font-weight": "bold", "z-index": 10 } },
      { selector: "node.me", style: { width: 22 * k, height: 22 * k, "border-width": 4 * k, "border-color": "#c7d2fe",
        "font-size": 13 * k, "font-weight": "bold", "text-halign": "center", "text-valign": "bottom", "text-margin-x": 0,
        "text-margin-y": 4 * k, "z-index": 20 } },
      { selector: "node.hover, node.focus", style: { "border-width": 3 * k, "border-color": "#111827", "z-index": 30,
        "font-size": 13 * k } },
      { selector: "edge", style: { width: k, "line-color": "#cbd5e1", opacity: 0.7, "curve-style": "straight" } },
      { selector: ".dim", style: { opacity: 0.18 } },
      { selector: "node.on-path", style: { "border-width": 4 * k, "border-color": PATH, "font-weight": "bold",
        "font-size": 14 * k, width: 18 * k, height: 18 * k, "z-index": 40, opacity: 1, "text-halign": "center",
        "text-valign": "bottom", "text-margin-x": 0, "text-margin-y": 4 * k } },
      { selector: "node.ask", style: { "border-width": 6 * k } },
      { selector: "edge.on-path", style: { width: 7 * k, "line-color": PATH, opacity: 1, "z-index": 40 } }
    ];
  }

  function draw() {
    var colour = colours(data.nodes, colorBy.value);
    var path = pathPeople();
    var onPath = {};
    path.forEach(function (p) { onPath[nodeId(p.id)] = true; });
    var where = { me: { x: 0, y: 0 } };
    var elements = [{ group: "nodes", data: { id: "me", pid: data.me.id, label: data.me.name || "Me", colour: "#111827", size: 44 },
      position: { x: 0, y: 0 }, classes: "me" }];
    var named = graph.clientWidth < 600 ? 6 : data.nodes.length; // fewer names on a small screen
    data.nodes.forEach(function (n) {
      var id = "n" + n.id;
      where[id] = { x: n.x, y: n.y };
      elements.push({ group: "nodes", data: { id: id, pid: n.id, label: n.name, colour: colour(n),
        size: 14 + 26 * Math.sqrt(n.weight / 100) }, position: { x: n.x, y: n.y },
        classes: (n.named && named-- > 0 ? "named" : "") + (n.x < 0 ? " west" : "") });
    });
    data.edges.forEach(function (e) {
      var s = nodeId(e.source), t = nodeId(e.target);
      if (where[s] && where[t]) {
        elements.push({ group: "edges", data: { id: "e" + e.id, source: s, target: t } });
      }
    });
    // path people outside the picture (a target not in the book, someone beyond the limit) go just past
    // the one before them, away from the centre
    path.forEach(function (p, i) {
      var id = nodeId(p.id);
      if (!where[id]) {
        var prev = i === 0 ? where.me : where[nodeId(path[i - 1].id)];
        var len = Math.sqrt(prev.x * prev.x + prev.y * prev.y);
        var pos = len === 0 ? { x: 0, y: -OUTSIDE } : { x: prev.x + OUTSIDE * prev.x / len, y: prev.y + OUTSIDE * prev.y / len };
        where[id] = pos;
        elements.push({ group: "nodes", data: { id: id, pid: p.id, label: p.name, colour: "#fbbf24", size: 22 },
          position: pos, classes: pos.x < 0 ? "west" : "" });
      }
      var from = i === 0 ? "me" : nodeId(path[i - 1].id);
      elements.push({ group: "edges", data: { id: "p" + i, source: from, target: id, reason: p.reason },
        classes: "on-path" });
    });
    // the legend and the list first: they change the page's height, and with it perhaps the picture's width
    legend(colorBy.value, path);
    fillList(path, colour);
    if (cy) { cy.destroy(); }
    scale = 1;
    cy = cytoscape({
      container: graph,
      elements: elements,
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      style: styles(1),
      layout: { name: "preset", fit: false, animate: false }
    });
    path.forEach(function (p, i) {
      var node = cy.getElementById(nodeId(p.id));
      if (node.id() !== "me") { node.addClass("on-path"); }
      if (i === 0) { node.addClass("ask"); }
    });
    if (path.length) {
      cy.elements().not(".on-path").not(".me").addClass("dim");
      graph.setAttribute("data-path-edges", String(cy.edges(".on-path").length));
    } else {
      graph.removeAttribute("data-path-edges");
    }
    frame();
    cy.on("tap", "node", function (evt) { open(evt.target); });
    var pending = false;
    cy.on("zoom", function () {
      if (!pending) { pending = true; window.requestAnimationFrame(function () { pending = false; restyle(); }); }
    });
    cy.on("mouseover", "node", function (evt) { evt.target.addClass("hover"); graph.style.cursor = "pointer"; });
    cy.on("mouseout", "node", function (evt) { evt.target.removeClass("hover"); graph.style.cursor = ""; });
    order = cy.nodes().toArray();
    focused = -1;
    if (data.total === 0) {
      // an empty book: say how to start rather than "Showing 0 of 0 people"
      status.textContent = "Nobody in your book yet. ";
      [["/contacts/new", "Add a person"], ["/import", "import your contacts"]].forEach(function (link, i) {
        var a = document.createElement("a");
        a.href = link[0];
        a.textContent = link[1];
        status.appendChild(a);
        status.appendChild(document.createTextNode(i === 0 ? " or " : ", and your network appears here."));
      });
    } else {
      status.textContent = "Showing " + data.nodes.length + " of " + data.total + " people and "
        + data.edges.length + " ties." + (path.length ? " The highlighted path starts with " + path[0].name + "." : "");
    }
    graph.kithGraph = cy; // for browser tests: the picture is a canvas
    graph.setAttribute("data-ready", "true");
  }

  // the whole picture in view with me in the middle of it: zoomed so that the farthest point on each
  // side fits (cy.fit would centre the picture's box, cy.center me with my label)
  function frame() {
    cy.resize();
    var box = cy.elements().boundingBox();
    var rx = Math.max(-box.x1, box.x2, 1), ry = Math.max(-box.y1, box.y2, 1);
    var zoom = Math.min((cy.width() / 2 - 20) / rx, (cy.height() / 2 - 20) / ry);
    zoom = Math.max(cy.minZoom(), Math.min(2, zoom));
    cy.viewport({ zoom: zoom, pan: { x: cy.width() / 2, y: cy.height() / 2 } }); // me is at (0, 0)
    restyle();
  }

  var scale = 1;
  function restyle() {
    var k = 1 / cy.zoom();
    if (Math.abs(k - scale) / scale > 0.02) {
      scale = k;
      cy.style(styles(k));
    }
  }

  function open(node) {
    var pid = node.data("pid");
    if (pid !== null && pid !== undefined) { window.location.href = "/contacts/" + pid; }
  }

  function describe(node) {
    if (node.id() === "me") { return "You, at the centre."; }
    var n = byId[node.data("pid")];
    var parts = [node.data("label")];
    if (n && n.organization) { parts.push(n.organization); }
    if (n) { parts.push(CIRCLE_WORDS[n.circle] || n.circle); }
    if (node.hasClass("on-path")) { parts.push("on the highlighted path"); }
    return parts.join(", ") + ".";
  }
  var byId = {};

  // arrow keys walk the picture from me outwards, Enter opens the person focused
  graph.addEventListener("keydown", function (e) {
    if (!cy || !order.length) { return; }
    var step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (step) {
      e.preventDefault();
      if (focused >= 0) { order[focused].removeClass("focus"); }
      focused = (focused + step + order.length) % order.length;
      var node = order[focused];
      node.addClass("focus");
      focusText.textContent = describe(node);
    } else if (e.key === "Enter" && focused >= 0) {
      e.preventDefault();
      open(order[focused]);
    }
  });
  graph.addEventListener("blur", function () {
    if (focused >= 0 && order[focused]) { order[focused].removeClass("focus"); }
    focused = -1;
    focusText.textContent = "";
  });

  function fillList(path, colour) {
    var pathIds = {};
    path.forEach(function (p) { if (p.id !== null) { pathIds[p.id] = true; } });
    var ties = {};
    data.edges.forEach(function (e) {
      ties[e.source] = (ties[e.source] || 0) + 1;
      ties[e.target] = (ties[e.target] || 0) + 1;
    });
    byId = {};
    list.textContent = "";
    data.nodes.forEach(function (n) {
      byId[n.id] = n;
      var li = document.createElement("li");
      if (pathIds[n.id]) { li.className = "on-path"; }
      var dot = document.createElement("i");
      dot.className = "dot";
      dot.style.background = colour(n);
      dot.setAttribute("aria-hidden", "true");
      li.appendChild(dot);
      var a = document.createElement("a");
      a.href = "/contacts/" + n.id;
      a.textContent = n.name;
      li.appendChild(a);
      var more = [n.organization, CIRCLE_WORDS[n.circle] || n.circle,
        (ties[n.id] || 0) + ((ties[n.id] || 0) === 1 ? " tie" : " ties")].filter(Boolean).join(" · ");
      var meta = document.createElement("span");
      meta.className = "muted small";
      meta.textContent = " " + more;
      li.appendChild(meta);
      if (pathIds[n.id]) {
        var mark = document.createElement("span");
        mark.className = "pill path-mark";
        mark.textContent = "on the path";
        li.appendChild(document.createTextNode(" "));
        li.appendChild(mark);
      }
      list.appendChild(li);
    });
  }

  // The best path to highlight (see NetworkPage): people in order, the first is the one to ask.
  function pathPeople() {
    var text = graph.getAttribute("data-path");
    if (!text) { return []; }
    try { return JSON.parse(text); } catch (e) { return []; }
  }

  function load() {
    graph.removeAttribute("data-ready");
    status.textContent = "Loading…";
    fetch("/api/v1/network?limit=" + encodeURIComponent(show.value), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (d) { data = d; draw(); })
      .catch(function () { status.textContent = "The network could not be loaded."; });
  }

  // on a small screen the list is the easier way in: it stands open
  if (window.matchMedia("(max-width: 560px)").matches) {
    document.getElementById("network-list").open = true;
  }
  var width = graph.clientWidth;
  window.addEventListener("resize", function () {
    if (cy && graph.clientWidth !== width) { width = graph.clientWidth; frame(); }
  });
  colorBy.addEventListener("change", function () { if (data) { draw(); } });
  show.addEventListener("change", load);
  load();
}());
