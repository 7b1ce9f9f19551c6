// The overview page: filters (kept in the URL), facets, map, timeline and the event list.
"use strict";

(() => {
  const {el, svg, getJSON, eventColour, EVENT_TYPES, precisionOpacity, PRECISION_OPACITY, showError, articleHref} = NE;
  const FILTERS = ["q", "event", "actor", "recipient", "modality", "place", "within_km", "country", "since", "until"];
  const FACET_FILTER = {event: "event", actor: "actor", country: "country", modality: "modality"};
  const PAGE = 50;
  const form = document.getElementById("filters");
  let nextCursor = null;
  let loadToken = 0;
  let world = null;

  for (const type of EVENT_TYPES) document.getElementById("event-types").append(el("option", {value: type}));

  // --- filters <-> URL -------------------------------------------------------------------
  function paramsFromURL() {
    const url = new URLSearchParams(location.search);
    const params = new URLSearchParams();
    for (const name of FILTERS) if (url.get(name)) params.set(name, url.get(name));
    return params;
  }

  function fillForm(params) {
    for (const name of FILTERS) form.elements[name].value = params.get(name) || "";
  }

  function paramsFromForm() {
    const params = new URLSearchParams();
    for (const name of FILTERS) {
      const value = form.elements[name].value.trim();
      if (value) params.set(name, value);
    }
    return params;
  }

  function go(params) {
    const query = params.toString();
    history.pushState(null, "", query ? "?" + query : location.pathname);
    fillForm(params);
    load(params);
  }

  form.addEventListener("submit", (evt) => { evt.preventDefault(); go(paramsFromForm()); });
  document.getElementById("clear").addEventListener("click", () => go(new URLSearchParams()));
  window.addEventListener("popstate", () => { const p = paramsFromURL(); fillForm(p); load(p); });

  function withFilter(name, value) {
    const params = paramsFromURL();
    params.set(name, value);
    go(params);
  }

  // --- loading ---------------------------------------------------------------------------
  async function load(params) {
    const token = ++loadToken;
    const query = params.toString();
    const suffix = query ? "?" + query : "";
    document.getElementById("export-csv").href = "/api/events.csv" + suffix;
    document.getElementById("export-geojson").href = "/api/events.geojson" + suffix;
    document.body.classList.add("loading");
    try {
      const [events, timeline, points, ...facets] = await Promise.all([
        getJSON(`/api/events?${query}${query ? "&" : ""}limit=${PAGE}`),
        getJSON("/api/timeline" + suffix),
        getJSON("/api/map" + suffix),
        ...Object.keys(FACET_FILTER).map((f) => getJSON(`/api/facets?field=${f}${query ? "&" + query : ""}`)),
      ]);
      if (token !== loadToken) return;  // a newer filter was applied meanwhile
      showError("");
      renderEvents(events, false);
      renderTimeline(timeline);
      await renderMap(points);
      renderFacets(facets);
    } catch (err) {
      if (token !== loadToken) return;
      showError(err.message);
      renderEvents({rows: [], next: null, total: 0}, false);
    } finally {
      if (token === loadToken) document.body.classList.remove("loading");
      document.body.dataset.loaded = String(token);
    }
  }

  document.getElementById("more").addEventListener("click", async () => {
    if (!nextCursor) return;
    const params = paramsFromURL();
    params.set("limit", PAGE);
    params.set("next", nextCursor);
    try {
      renderEvents(await getJSON("/api/events?" + params.toString()), true);
    } catch (err) {
      showError(err.message);
    }
  });

  // --- result list -----------------------------------------------------------------------
  function parties(text, code) {
    if (!text) return code || "";
    return code ? `${text} (${code})` : text;
  }

  function renderEvents(page, append) {
    const body = document.querySelector("#results tbody");
    if (!append) body.replaceChildren();
    for (const row of page.rows) {
      const href = articleHref(row.article_id, row.event_id);
      body.append(el("tr", {"data-article": row.article_id, "data-event": row.event_id},
        el("td", {class: "date"}, row.date || row.published || ""),
        el("td", {}, el("span", {class: "badge", "data-type": row.event}, row.event),
          el("span", {class: "modality"}, row.modality)),
        el("td", {}, parties(row.actor, row.actor_code), " → ", parties(row.recipient, row.recipient_code)),
        el("td", {}, row.place || ""),
        el("td", {}, el("a", {href, class: "evidence-link", title: row.sentence || ""}, row.trigger || "evidence")),
        el("td", {class: "article"}, el("a", {href: articleHref(row.article_id)},
          row.title || row.article_id), row.source ? el("span", {class: "source"}, " · ", row.source) : null),
      ));
    }
    for (const badge of body.querySelectorAll(".badge")) badge.style.background = eventColour(badge.dataset.type);
    nextCursor = page.next;
    document.getElementById("more").hidden = !page.next;
    const shown = body.children.length;
    if (!append) document.getElementById("summary").textContent =
      `${page.total} event${page.total === 1 ? "" : "s"}` + (page.total > shown ? ` (newest ${shown} listed)` : "");
  }

  // --- facets ----------------------------------------------------------------------------
  function renderFacets(facets) {
    const box = document.getElementById("facets");
    box.replaceChildren();
    for (const facet of facets) {
      const list = el("ul", {});
      for (const {value, count} of facet.rows) {
        list.append(el("li", {},
          el("button", {type: "button", class: "facet", "data-field": facet.field, "data-value": value,
                        onclick: () => withFilter(FACET_FILTER[facet.field], value)}, value),
          el("span", {class: "count"}, count)));
      }
      box.append(el("section", {class: "facet-group", "data-field": facet.field},
        el("h3", {}, facet.field === "country" ? "country of place" : facet.field), list));
    }
  }

  // --- map -------------------------------------------------------------------------------
  async function renderMap(answer) {
    const map = document.getElementById("map");
    if (!world) {
      const topology = await getJSON("/static/vendor/world-atlas/countries-110m.json");
      world = topojson.feature(topology, topology.objects.countries);
    }
    const width = 960, height = 480;
    const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], {type: "Sphere"});
    const path = d3.geoPath(projection);
    map.replaceChildren(
      svg("path", {class: "sphere", d: path({type: "Sphere"})}),
      svg("path", {class: "graticule", d: path(d3.geoGraticule10())}),
      svg("g", {class: "countries"}, ...world.features.map((f) => svg("path", {class: "country", d: path(f)}))),
    );
    const points = svg("g", {class: "points"});
    // Area grows with the number of articles; a handful of reports stays small beside many.
    const scaleArticles = Math.max(25, ...answer.points.map((p) => p.n_articles));
    // Biggest first so small points stay clickable on top of big ones.
    for (const p of [...answer.points].sort((a, b) => b.n_articles - a.n_articles)) {
      const xy = projection([p.lon, p.lat]);
      if (!xy) continue;
      const r = 2.5 + 11 * Math.sqrt(p.n_articles / scaleArticles);
      const label = `${p.place || "?"}: ${p.events} event${p.events === 1 ? "" : "s"} in ${p.n_articles} ` +
        `article${p.n_articles === 1 ? "" : "s"} (located to ${p.geo_precision || "unknown"})`;
      const circle = svg("circle", {cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1), class: "point",
        "fill-opacity": precisionOpacity(p.geo_precision), "data-place": p.place || "",
        onclick: () => withFilter("place", p.geonameid ? String(p.geonameid) : p.place)}, svg("title", {}, label));
      points.append(circle);
    }
    map.append(points);
    const legend = Object.entries(PRECISION_OPACITY).map(([name]) => name).join(" › ");
    document.getElementById("map-caption").textContent =
      `${answer.points.length} location${answer.points.length === 1 ? "" : "s"} for ${answer.located} of ` +
      `${answer.total} events${answer.capped ? " (the busiest shown)" : ""}; size: articles; ` +
      `shade: how precisely placed (${legend}). Click a point to filter by its place.`;
  }

  // --- timeline --------------------------------------------------------------------------
  function renderTimeline(answer) {
    const chart = document.getElementById("timeline");
    const width = 960, height = 170, left = 52, bottom = 22, top = 6;
    chart.replaceChildren();
    const periods = [...new Set(answer.rows.map((r) => r.period))].sort();
    const caption = document.getElementById("timeline-caption");
    if (!periods.length) { caption.textContent = "no dated events"; return; }
    const stacks = new Map(periods.map((p) => [p, []]));
    for (const row of answer.rows) stacks.get(row.period).push(row);
    const heights = periods.map((p) => stacks.get(p).reduce((s, r) => s + r.count, 0));
    const max = Math.max(...heights);
    // One slot per period between the first and the last, so gaps show as gaps.
    const slots = slotsBetween(periods[0], periods[periods.length - 1], answer.unit);
    const index = new Map(slots.map((s, i) => [s, i]));
    const slot = (width - left) / slots.length;
    const scale = (height - bottom - top) / max;
    for (const period of periods) {
      let y = height - bottom;
      const x = left + index.get(period) * slot;
      for (const row of stacks.get(period)) {
        const h = row.count * scale;
        y -= h;
        chart.append(svg("rect", {x: x.toFixed(1), y: y.toFixed(1), width: Math.max(1, slot - 1).toFixed(1),
          height: Math.max(0.5, h).toFixed(1), fill: eventColour(row.event), class: "bar",
          "data-period": period, "data-event": row.event,
          onclick: () => showPeriod(period, answer.unit, row.event)},
          svg("title", {}, `${period} ${row.event}: ${row.count} (click to list them)`)));
      }
    }
    chart.append(svg("text", {x: left - 4, y: top + 10, class: "axis", "text-anchor": "end"}, max));
    chart.append(svg("text", {x: left - 4, y: height - bottom, class: "axis", "text-anchor": "end"}, 0));
    chart.append(svg("text", {x: left, y: height - 6, class: "axis"}, periods[0]));
    chart.append(svg("text", {x: width, y: height - 6, class: "axis", "text-anchor": "end"}, periods[periods.length - 1]));
    const types = [...new Set(answer.rows.map((r) => r.event))];
    caption.replaceChildren(`events per ${answer.unit} by type: `,
      ...types.map((t) => el("span", {class: "key", "data-type": t}, t)));
    for (const key of caption.querySelectorAll(".key")) key.style.borderColor = eventColour(key.dataset.type);
  }

  // Clicking a bar lists that period's events of that type.
  function showPeriod(period, unit, type) {
    const last = new Date(period + "T00:00:00Z");
    if (unit === "week") last.setUTCDate(last.getUTCDate() + 6);
    if (unit === "month") { last.setUTCMonth(last.getUTCMonth() + 1); last.setUTCDate(0); }
    const params = paramsFromURL();
    params.set("since", period);
    params.set("until", last.toISOString().slice(0, 10));
    params.set("event", type);
    go(params);
  }

  function slotsBetween(first, last, unit) {
    const out = [];
    const day = new Date(first + "T00:00:00Z");
    const end = new Date(last + "T00:00:00Z");
    while (day <= end && out.length < 5000) {
      out.push(day.toISOString().slice(0, 10));
      if (unit === "day") day.setUTCDate(day.getUTCDate() + 1);
      else if (unit === "week") day.setUTCDate(day.getUTCDate() + 7);
      else day.setUTCMonth(day.getUTCMonth() + 1);
    }
    return out;
  }

  const initial = paramsFromURL();
  fillForm(initial);
  load(initial);
})();
