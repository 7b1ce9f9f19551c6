// The article page: the text with every piece of evidence highlighted from its offsets, and the
// events and quotes beside it. Choosing an event (click, or #v3 in the URL) marks its own spans.
"use strict";

(() => {
  const {el, getJSON, eventColour, showError, articleHref} = NE;
  // Which highlight wins the colour when spans overlap (the most specific first).
  const KIND_ORDER = ["trigger", "actor", "recipient", "place", "date", "speaker", "cue", "quote"];
  const articleId = decodeURIComponent(location.pathname.replace(/^\/articles\//, ""));

  function mentionNear(mentions, sentence, anchor) {
    const inside = (mentions || []).filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    if (!inside.length) return null;
    return inside.reduce((best, m) => (Math.abs(m.start - anchor) < Math.abs(best.start - anchor) ? m : best));
  }

  // A party names an entity (use its mention in the event's sentence) or is only text (find it there).
  function partySpan(record, party, event, entities) {
    const entity = party.entity ? entities.get(party.entity) : null;
    const found = entity ? mentionNear(entity.mentions, event.sentence, event.trigger.start) : null;
    if (found) return found;
    const text = record.article.text;
    const sentence = text.slice(event.sentence.start, event.sentence.end);
    const at = party.text ? sentence.indexOf(party.text) : -1;
    return at < 0 ? null : {start: event.sentence.start + at, end: event.sentence.start + at + party.text.length};
  }

  function annotations(record) {
    const entities = new Map(record.entities.map((e) => [e.id, e]));
    const places = new Map(record.places.map((p) => [p.id, p]));
    const times = new Map(record.times.map((t) => [t.id, t]));
    const out = [];
    const add = (span, kind, owner) => {
      if (span && span.end > span.start) out.push({start: span.start, end: span.end, kind, owner});
    };
    for (const event of record.events) {
      add(event.trigger, "trigger", event.id);
      for (const role of ["actor", "recipient"]) {
        for (const party of event[role]) add(partySpan(record, party, event, entities), role, event.id);
      }
      const place = event.place ? places.get(event.place) : null;
      if (place) add(mentionNear(place.mentions, event.sentence, event.trigger.start) || place.mentions[0], "place", event.id);
      const time = event.date && event.date.time ? times.get(event.date.time) : null;
      if (time) add(time, "date", event.id);
    }
    for (const quote of record.quotes) {
      add(quote.content, "quote", quote.id);
      add(quote.cue, "cue", quote.id);
      add(quote.speaker, "speaker", quote.id);
    }
    return out;
  }

  // Cut the text at every span boundary; each piece is a text node, or a span that lists the
  // (owner, kind) pairs covering it.
  function renderText(text, notes) {
    const cuts = new Set([0, text.length]);
    for (const n of notes) { cuts.add(Math.max(0, Math.min(text.length, n.start))); cuts.add(Math.max(0, Math.min(text.length, n.end))); }
    const points = [...cuts].sort((a, b) => a - b);
    const box = document.getElementById("text");
    box.replaceChildren();
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const piece = text.slice(a, b);
      const covering = notes.filter((n) => n.start <= a && n.end >= b);
      if (!covering.length) { box.append(document.createTextNode(piece)); continue; }
      const kinds = [...new Set(covering.map((n) => n.kind))].sort((x, y) => KIND_ORDER.indexOf(x) - KIND_ORDER.indexOf(y));
      box.append(el("span", {
        class: `hl k-${kinds[0]}`,
        "data-ev": covering.map((n) => `${n.owner}:${n.kind}`).join(" "),
        "data-start": a, "data-end": b,
        title: covering.map((n) => `${n.owner} ${n.kind}`).join(", "),
      }, piece));
    }
  }

  function focus(owner) {
    for (const node of document.querySelectorAll(".focus")) node.classList.remove(...[...node.classList].filter((c) => c.startsWith("focus")));
    for (const item of document.querySelectorAll("[data-owner]")) item.classList.toggle("chosen", item.dataset.owner === owner);
    if (!owner) return;
    let first = null;
    for (const span of document.querySelectorAll("#text .hl")) {
      const mine = span.dataset.ev.split(" ").filter((pair) => pair.startsWith(owner + ":"));
      if (!mine.length) continue;
      span.classList.add("focus", ...mine.map((pair) => "focus-" + pair.slice(owner.length + 1)));
      first = first || span;
    }
    if (first) first.scrollIntoView({block: "center"});
  }

  function partyText(parties) {
    return parties.map((p) => p.text + (p.country ? ` (${p.country}${(p.sector || []).join("")})` : "")).join("; ");
  }

  function renderSide(record) {
    const places = new Map(record.places.map((p) => [p.id, p]));
    const events = document.getElementById("events");
    events.replaceChildren();
    for (const event of record.events) {
      const place = event.place ? places.get(event.place) : null;
      const badge = el("span", {class: "badge", "data-type": event.event}, event.event);
      badge.style.background = eventColour(event.event);
      events.append(el("li", {"data-owner": event.id},
        el("a", {href: "#" + encodeURIComponent(event.id), class: "pick"}, badge, " ", event.trigger.text),
        el("span", {class: "modality"}, " ", event.modality),
        el("div", {class: "parties"}, partyText(event.actor) || "?", " → ", partyText(event.recipient) || "?"),
        el("div", {class: "where-when"}, [place ? place.name : null, event.date.value].filter(Boolean).join(" · ")),
      ));
    }
    const quotes = document.getElementById("quotes");
    quotes.replaceChildren();
    for (const quote of record.quotes) {
      quotes.append(el("li", {"data-owner": quote.id},
        el("a", {href: "#" + encodeURIComponent(quote.id), class: "pick"}, quote.speaker ? quote.speaker.text : "unattributed"),
        el("span", {class: "modality"}, " ", quote.kind),
        el("blockquote", {}, quote.content.text)));
    }
    document.getElementById("n-events").textContent = `(${record.events.length})`;
    document.getElementById("n-quotes").textContent = `(${record.quotes.length})`;
  }

  function renderMeta(article) {
    document.getElementById("title").textContent = article.title || "(untitled article)";
    document.title = (article.title || "article") + " · newsevents";
    const meta = document.getElementById("meta");
    meta.replaceChildren([article.source, article.published].filter(Boolean).join(" · "));
    // Only web addresses become links; anything else (javascript:, data:) stays text.
    if (article.url && /^https?:\/\//i.test(article.url)) {
      meta.append(" · ", el("a", {href: article.url, rel: "noopener noreferrer nofollow", target: "_blank"}, article.url));
    } else if (article.url) {
      meta.append(" · ", article.url);
    }
    const legend = document.getElementById("legend");
    legend.replaceChildren("highlights: ", ...["trigger", "actor", "recipient", "place", "date", "quote", "speaker"]
      .map((k) => el("span", {class: `hl k-${k}`}, k)));
  }

  async function main() {
    let record;
    try {
      record = await getJSON("/api/articles/" + encodeURIComponent(articleId));
    } catch (err) {
      showError(err.message);
      document.body.dataset.loaded = "error";
      return;
    }
    renderMeta(record.article);
    renderText(record.article.text, annotations(record));
    renderSide(record);
    const pick = () => focus(decodeURIComponent(location.hash.slice(1)));
    window.addEventListener("hashchange", pick);
    pick();
    document.body.dataset.loaded = "1";
    document.body.dataset.article = articleHref(record.article.id);
  }

  main();
})();
