// Shared helpers of the newsevents pages. Every piece of article data (text, titles, sources,
// party names) reaches the page through textContent or setAttribute, never as HTML.
"use strict";

const NE = (() => {
  const SVG = "http://www.w3.org/2000/svg";

  // Build an element: el("a", {href: "/x", class: "y"}, "text", child, ...).
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    setAttrs(node, attrs);
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, String(value));
    }
  }

  // GET a JSON API path; a non-2xx answer throws an Error with the server's one-line message.
  async function getJSON(path) {
    const response = await fetch(path, {headers: {Accept: "application/json"}});
    let body = null;
    try { body = await response.json(); } catch (_err) { body = null; }
    if (!response.ok) {
      const message = body && (body.error || body.detail) ? (body.error || body.detail) : response.statusText;
      throw new Error(`${response.status}: ${message}`);
    }
    return body;
  }

  // One colour per PLOVER type, grouped by quad class (cooperation cool, conflict warm).
  const EVENT_COLOURS = {
    AGREE: "#1b9e77", CONSULT: "#66c2a5", SUPPORT: "#4daf4a", CONCEDE: "#a6d854", COOPERATE: "#2ca25f",
    AID: "#006d2c", RETREAT: "#8da0cb", REQUEST: "#377eb8", ACCUSE: "#fdae61", REJECT: "#f46d43",
    THREATEN: "#d73027", PROTEST: "#e78ac3", SANCTION: "#984ea3", MOBILIZE: "#b15928",
    COERCE: "#a50026", ASSAULT: "#67001f",
  };
  const EVENT_TYPES = Object.keys(EVENT_COLOURS);

  function eventColour(type) { return EVENT_COLOURS[type] || "#888"; }

  // How sure a point's location is: a city or landmark is drawn solid, a country faint.
  const PRECISION_OPACITY = {point: 0.95, city: 0.85, admin2: 0.7, admin1: 0.55, region: 0.4, country: 0.3};
  function precisionOpacity(precision) { return PRECISION_OPACITY[precision] ?? 0.3; }

  function showError(message) {
    const box = document.getElementById("error");
    if (!box) return;
    box.hidden = !message;
    box.textContent = message || "";
  }

  function articleHref(articleId, eventId) {
    const base = "/articles/" + encodeURIComponent(articleId);
    return eventId ? base + "#" + encodeURIComponent(eventId) : base;
  }

  return {el, svg, getJSON, eventColour, EVENT_TYPES, EVENT_COLOURS, precisionOpacity, PRECISION_OPACITY,
          showError, articleHref};
})();
