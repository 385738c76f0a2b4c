// The network picture: Cytoscape.js over /api/v1/network. Colours by organization or circle,
// sizes by tie strength, and opens a person on click (or Enter on the focused picture's selection).
(function () {
  var PALETTE = ["#4f46e5", "#0891b2", "#16a34a", "#ca8a04", "#dc2626", "#9333ea", "#db2777", "#0d9488",
    "#ea580c", "#2563eb", "#65a30d", "#7c3aed"];
  var CIRCLES = { inner: "#dc2626", close: "#ea580c", network: "#4f46e5", acquaintance: "#64748b" };
  var cy = null, data = null;
  var graph = document.getElementById("graph");
  var status = document.getElementById("network-status");
  var colorBy = document.getElementById("color-by");
  var show = document.getElementById("show");

  function colours(nodes, by) {
    if (by === "circle") { return function (n) { return CIRCLES[n.circle] || "#64748b"; }; }
    var counts = {};
    nodes.forEach(function (n) { if (n.organization) { counts[n.organization] = (counts[n.organization] || 0) + 1; } });
    var top = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; }).slice(0, PALETTE.length);
    var map = {};
    top.forEach(function (o, i) { map[o] = PALETTE[i]; });
    return function (n) { return map[n.organization] || "#94a3b8"; };
  }

  function legend(by) {
    var el = document.getElementById("legend");
    el.textContent = "";
    var entries = [];
    if (by === "circle") {
      Object.keys(CIRCLES).forEach(function (c) { entries.push([c, CIRCLES[c]]); });
    } else {
      var seen = {};
      data.nodes.forEach(function (n) { if (n.organization) { seen[n.organization] = (seen[n.organization] || 0) + 1; } });
      Object.keys(seen).sort(function (a, b) { return seen[b] - seen[a]; }).slice(0, PALETTE.length)
        .forEach(function (o, i) { entries.push([o, PALETTE[i]]); });
      entries.push(["other", "#94a3b8"]);
    }
    entries.forEach(function (e) {
      var item = document.createElement("span");
      var dot = document.createElement("i");
      dot.className = "dot";
      dot.style.background = e[1];
      item.appendChild(dot);
      item.appendChild(document.createTextNode(e[0]));
      el.appendChild(item);
    });
  }

  function draw() {
    var colour = colours(data.nodes, colorBy.value);
    var max = Math.max.apply(null, data.nodes.map(function (n) { return n.weight; }).concat([1]));
    var elements = data.nodes.map(function (n) {
      return { data: { id: "n" + n.id, pid: n.id, label: n.name, colour: colour(n),
        size: 14 + 36 * Math.sqrt(n.weight / max) } };
    }).concat(data.edges.map(function (e) {
      return { data: { id: "e" + e.id, source: "n" + e.source, target: "n" + e.target } };
    }));
    var path = pathPeople();
    var have = {};
    data.nodes.forEach(function (n) { have["n" + n.id] = true; });
    path.forEach(function (p, i) {
      var id = p.id === null ? "target" : "n" + p.id;
      if (!have[id]) {
        have[id] = true;
        elements.push({ data: { id: id, pid: p.id, label: p.name, colour: "#fbbf24", size: 20 } });
      }
      if (i > 0) {
        var prev = path[i - 1].id === null ? "target" : "n" + path[i - 1].id;
        elements.push({ data: { id: "p" + i, source: prev, target: id, reason: p.reason }, classes: "on-path" });
      }
    });
    if (cy) { cy.destroy(); }
    cy = cytoscape({
      container: graph,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: { "background-color": "data(colour)", width: "data(size)", height: "data(size)",
          label: "data(label)", "font-size": 9, color: "#1e293b", "text-valign": "bottom", "text-margin-y": 3,
          "min-zoomed-font-size": 8, "border-width": 1, "border-color": "#ffffff" } },
        { selector: "edge", style: { width: 1, "line-color": "#cbd5e1", opacity: 0.8 } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#111827" } },
        { selector: "node.on-path", style: { "border-width": 4, "border-color": "#f59e0b", "font-weight": "bold",
          "font-size": 14, width: 36, height: 36, "z-index": 10 } },
        { selector: "node.ask", style: { "border-width": 6, "border-color": "#d97706" } },
        { selector: "edge.on-path", style: { width: 5, "line-color": "#f59e0b", opacity: 1, "z-index": 10 } }
      ],
      layout: data.nodes.length > 600
        ? { name: "concentric", concentric: function (n) { return n.data("size"); }, levelWidth: function () { return 6; },
            animate: false, minNodeSpacing: 4 }
        : { name: "cose", animate: false, randomize: true, numIter: 600, nodeRepulsion: function () { return 9000; },
            idealEdgeLength: function () { return 60; }, componentSpacing: 60 }
    });
    path.forEach(function (p, i) {
      var node = cy.getElementById(p.id === null ? "target" : "n" + p.id);
      node.addClass("on-path");
      if (i === 0) { node.addClass("ask"); }
    });
    cy.on("tap", "node", function (evt) {
      if (evt.target.data("pid") !== null && evt.target.data("pid") !== undefined) {
        window.location.href = "/contacts/" + evt.target.data("pid");
      }
    });
    legend(colorBy.value);
    status.textContent = "Showing " + data.nodes.length + " of " + data.total + " people and "
      + data.edges.length + " ties." + (path.length ? " The highlighted path starts with " + path[0].name + "." : "");
    graph.kithGraph = cy; // for browser tests: the picture is a canvas
    graph.setAttribute("data-ready", "true");
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

  colorBy.addEventListener("change", function () { if (data) { draw(); } });
  show.addEventListener("change", load);
  load();
}());
