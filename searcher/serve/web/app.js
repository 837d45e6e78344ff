// lsearch serve's page: search, facets, timeline, paging and the article view
// over the JSON API. The state lives in the URL (shareable; back and forward
// work through pushState/popstate). Article text is hostile: everything from
// the index goes into the DOM as text nodes (textContent), never as HTML, and
// only http(s) URLs become links.
"use strict";

const PAGE_SIZE = 10;
const MULTI = ["actor", "place", "country", "source"];
const SINGLE = ["q", "since", "until", "sort", "offset", "timeline", "article"];
const $ = (id) => document.getElementById(id);
let generation = 0;  // answers to an older navigation are dropped

// ---- state <-> URL --------------------------------------------------------

function stateFromUrl() {
  const params = new URLSearchParams(location.search);
  const state = {};
  for (const name of SINGLE) state[name] = params.get(name) || "";
  for (const name of MULTI) state[name] = params.getAll(name).filter((v) => v !== "");
  state.offset = Math.max(0, parseInt(state.offset, 10) || 0);
  return state;
}

function queryString(state, names) {
  const params = new URLSearchParams();
  for (const name of names) {
    const value = state[name];
    if (Array.isArray(value)) value.forEach((v) => params.append(name, v));
    else if (value !== "" && value !== 0 && value !== undefined) params.set(name, String(value));
  }
  return params.toString();
}

function pageUrl(state) {
  const qs = queryString(state, SINGLE.concat(MULTI));
  return qs ? "?" + qs : location.pathname;
}

function withChange(state, change) {
  return Object.assign({}, state, { article: "" }, change);
}

function navigate(state) {
  history.pushState(null, "", pageUrl(state));
  show(state);
}

// A link to another state: a real href (open in a new tab works), and a click
// that stays in the page.
function stateLink(state, label, className) {
  const a = document.createElement("a");
  a.href = pageUrl(state);
  a.textContent = displayText(label);
  if (className) a.className = className;
  a.addEventListener("click", (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    navigate(state);
  });
  return a;
}

// ---- safe rendering -------------------------------------------------------

// Text as shown: bidi controls (which could make "txt.exe" read as "exe.txt") are
// dropped, other control characters become U+FFFD; line breaks and tabs stay.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
function displayText(text) {
  return String(text).replace(BIDI_CONTROLS, "").replace(CONTROLS, "\ufffd");
}

function textNode(text) {
  return document.createTextNode(displayText(text));
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = displayText(text);
  return node;
}

// Highlights are [begin, end) byte offsets into the UTF-8 text.
function appendMarked(parent, text, spans, makeMark) {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  let at = 0;
  for (const span of spans) {
    const begin = Math.min(Math.max(span.begin, at), bytes.length);
    const end = Math.min(Math.max(span.end, begin), bytes.length);
    if (begin > at) parent.appendChild(textNode(decoder.decode(bytes.subarray(at, begin))));
    if (end > begin) parent.appendChild(makeMark(decoder.decode(bytes.subarray(begin, end)), span));
    at = end;
  }
  if (at < bytes.length) parent.appendChild(textNode(decoder.decode(bytes.subarray(at))));
}

function appendHighlighted(parent, text, highlights) {
  const spans = (highlights || []).map((h) => ({ begin: h[0], end: h[1] }));
  appendMarked(parent, text, spans, (part) => element("mark", "", part));
}

// Only http and https URLs become links (javascript:, data: ... stay text).
function safeHttpUrl(url) {
  if (typeof url !== "string" || url === "") return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

function externalLink(url, label) {
  const href = safeHttpUrl(url);
  if (!href) return element("span", "url", url);
  const a = element("a", "external", label);
  a.href = href;
  a.rel = "noopener noreferrer nofollow";
  return a;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

// ---- API ------------------------------------------------------------------

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error("the server answered HTTP " + response.status + " without JSON");
  }
  if (!response.ok) {
    const error = (body && body.error) || {};
    const where = error.parameter ? " (" + error.parameter + ")" : "";
    throw new Error((error.message || "HTTP " + response.status) + where);
  }
  return body;
}

function setStatus(status) {
  document.documentElement.dataset.status = status;
}

function showMessage(text) {
  const box = $("message");
  box.textContent = displayText(text || "");
  box.hidden = !text;
}

// ---- the search form and the filters ---------------------------------------

function fillForm(state) {
  $("q").value = state.q;
  $("since").value = state.since;
  $("until").value = state.until;
  $("sort").value = state.sort || "relevance";
}

function renderFilters(state) {
  const bar = $("filters");
  clear(bar);
  for (const kind of MULTI) {
    for (const value of state[kind]) {
      const remove = { [kind]: state[kind].filter((v) => v !== value), offset: 0 };
      const chip = stateLink(withChange(state, remove), kind + ": " + value + " \u00d7", "chip");
      chip.title = "Remove this filter";
      chip.dataset.kind = kind;
      bar.appendChild(chip);
    }
  }
  for (const name of ["since", "until"]) {
    if (state[name]) {
      const chip = stateLink(withChange(state, { [name]: "", offset: 0 }), name + ": " + state[name] + " \u00d7", "chip");
      bar.appendChild(chip);
    }
  }
}

// ---- results ---------------------------------------------------------------

function toggleFilter(state, kind, value) {
  const has = state[kind].includes(value);
  const values = has ? state[kind].filter((v) => v !== value) : state[kind].concat([value]);
  return withChange(state, { [kind]: values, offset: 0 });
}

function renderFacet(list, state, kind, values) {
  clear(list);
  for (const facet of values || []) {
    const li = element("li");
    const active = state[kind].includes(facet.value);
    const link = stateLink(toggleFilter(state, kind, facet.value), facet.value, active ? "facet-value active" : "facet-value");
    link.setAttribute("aria-pressed", active ? "true" : "false");
    link.dataset.kind = kind;
    link.dataset.value = facet.value;
    li.appendChild(link);
    li.appendChild(element("span", "count", String(facet.count)));
    list.appendChild(li);
  }
  if (!list.firstChild) list.appendChild(element("li", "none", "none"));
}

function entityLinks(state, kind, names) {
  const span = element("span", "entities " + kind);
  const labels = { actor: "actors: ", place: "places: ", country: "countries: " };
  span.appendChild(element("span", "label", labels[kind]));
  names.forEach((name, i) => {
    if (i > 0) span.appendChild(document.createTextNode(", "));
    span.appendChild(stateLink(toggleFilter(state, kind, name), name, "entity " + kind));
  });
  return span;
}

// date · source · id · link to the original (when http(s)), of a hit or an article.
function metaLine(item, linkLabel) {
  const meta = element("p", "meta");
  const parts = [["date", item.date], ["source", item.source], ["id", item.id]];
  for (const [name, value] of parts) {
    if (!value) continue;
    if (meta.firstChild) meta.appendChild(document.createTextNode(" \u00b7 "));
    meta.appendChild(element("span", name, value));
  }
  if (item.url) {
    meta.appendChild(document.createTextNode(" \u00b7 "));
    meta.appendChild(externalLink(item.url, linkLabel));
  }
  return meta;
}

function renderHit(state, hit) {
  const li = element("li", "hit");
  const heading = element("h3");
  const open = stateLink(Object.assign({}, state, { article: hit.id }), "", "hit-title");
  if (hit.title) appendHighlighted(open, hit.title, hit.title_highlights);
  else open.textContent = "(no title)";
  heading.appendChild(open);
  li.appendChild(heading);

  li.appendChild(metaLine(hit, "original"));

  if (hit.snippet && hit.snippet.text) {
    const snippet = element("p", "snippet");
    appendHighlighted(snippet, hit.snippet.text, hit.snippet.highlights);
    li.appendChild(snippet);
  }
  const entities = element("p", "hit-entities");
  if (hit.actors.length) entities.appendChild(entityLinks(state, "actor", hit.actors));
  if (hit.places.length) entities.appendChild(entityLinks(state, "place", hit.places));
  if (hit.countries && hit.countries.length) entities.appendChild(entityLinks(state, "country", hit.countries));
  if (entities.firstChild) li.appendChild(entities);
  return li;
}

function describeSearch(state, results) {
  const total = results.total.value;
  const count = (results.total.exact ? "" : "about ") + total.toLocaleString("en") + (total === 1 ? " result" : " results");
  return state.q ? count + " for \u201c" + state.q + "\u201d" : count;
}

function renderPager(state, results) {
  const total = results.total.value;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.floor(state.offset / PAGE_SIZE) + 1;
  $("page").textContent = "page " + page + " of " + pages;
  $("prev").disabled = state.offset <= 0;
  $("next").disabled = state.offset + PAGE_SIZE >= total;
  $("prev").onclick = () => navigate(withChange(state, { offset: Math.max(0, state.offset - PAGE_SIZE) }));
  $("next").onclick = () => navigate(withChange(state, { offset: state.offset + PAGE_SIZE }));
  $("pager").hidden = total <= PAGE_SIZE;
}

function renderSuggestion(state, results) {
  const box = $("suggestion");
  clear(box);
  box.hidden = !results.suggestion;
  if (!results.suggestion) return;
  box.appendChild(document.createTextNode("Did you mean "));
  box.appendChild(stateLink(withChange(state, { q: results.suggestion, offset: 0 }), results.suggestion));
  box.appendChild(document.createTextNode("?"));
}

// ---- the timeline chart (SVG drawn here) -----------------------------------

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  return node;
}

const UNITS = ["auto", "day", "week", "month", "year"];

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

// The since/until that select one bucket (its start is "YYYY-MM-DD"; weeks start on Monday).
function bucketRange(start, unit) {
  if (unit === "year") return { since: start.slice(0, 4), until: start.slice(0, 4) };
  if (unit === "month") return { since: start.slice(0, 7), until: start.slice(0, 7) };
  if (unit === "week") {
    const end = new Date(start + "T00:00:00Z");
    end.setUTCDate(end.getUTCDate() + 6);
    return { since: start, until: isoDay(end) };
  }
  return { since: start, until: start };
}

// How a bucket is labelled: 2019, 2019-04, or the day it starts.
function bucketLabel(start, unit) {
  return unit === "year" ? start.slice(0, 4) : unit === "month" ? start.slice(0, 7) : start;
}

function renderUnitChoice(state, unit) {
  const select = $("timeline-unit");
  clear(select);
  for (const name of UNITS) {
    const option = element("option", "", name === "auto" ? "auto (" + unit + ")" : "per " + name);
    option.value = name;
    select.appendChild(option);
  }
  select.value = state.timeline || "auto";
  select.onchange = () => navigate(Object.assign({}, state, { timeline: select.value === "auto" ? "" : select.value }));
}

function renderTimeline(state, timeline) {
  const figure = $("timeline");
  const chart = $("timeline-chart");
  clear(chart);
  const buckets = (timeline && timeline.buckets) || [];
  figure.hidden = buckets.length === 0;
  if (!buckets.length) return;
  const unit = timeline.unit;
  let caption = "Timeline, per " + unit;
  if (timeline.undated) caption += " (" + timeline.undated.toLocaleString("en") + " not on it: no date, or too coarse)";
  $("timeline-title").textContent = caption;
  renderUnitChoice(state, unit);

  const width = 600, height = 120, axis = 18;
  const max = Math.max(...buckets.map((b) => b.count), 1);
  const step = width / buckets.length;
  const root = svg("svg", { viewBox: "0 0 " + width + " " + (height + axis), role: "group", class: "chart",
                           "aria-label": "Articles per " + unit });
  buckets.forEach((bucket, i) => {
    const label = bucketLabel(bucket.start, unit);
    const h = bucket.count === 0 ? 0 : Math.max(1, (bucket.count / max) * height);
    // Each bar is as tall as the chart, so thin or short bars are still easy to hit.
    const hit = svg("g", {
      class: "bar-slot", tabindex: bucket.count ? 0 : -1, role: bucket.count ? "button" : "img",
      "aria-label": label + ": " + bucket.count + " articles", "data-start": bucket.start, "data-count": bucket.count,
    });
    hit.appendChild(svg("rect", { x: (i * step).toFixed(2), y: 0, width: step.toFixed(2), height: height, class: "bar-area" }));
    hit.appendChild(svg("rect", {
      x: (i * step + step * 0.1).toFixed(2), y: (height - h).toFixed(2),
      width: Math.max(step * 0.8, 0.5).toFixed(2), height: h.toFixed(2), class: "bar",
    }));
    hit.appendChild(svg("title")).textContent = label + ": " + bucket.count;
    if (bucket.count) {
      const go = () => navigate(withChange(state, Object.assign(bucketRange(bucket.start, unit), { offset: 0 })));
      hit.addEventListener("click", go);
      hit.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); go(); }
      });
    }
    root.appendChild(hit);
  });
  // Axis labels: the first and last bucket, and the middle one when there is room.
  const labels = buckets.length > 2 ? [0, Math.floor(buckets.length / 2), buckets.length - 1] : [...buckets.keys()];
  for (const i of labels) {
    const anchor = i === 0 ? "start" : i === buckets.length - 1 ? "end" : "middle";
    const x = anchor === "start" ? 0 : anchor === "end" ? width : (i + 0.5) * step;
    root.appendChild(svg("text", { x: x.toFixed(2), y: height + axis - 4, "text-anchor": anchor, class: "axis" }))
      .textContent = bucketLabel(buckets[i].start, unit);
  }
  chart.appendChild(root);
}

// ---- the two views -------------------------------------------------------------

async function showResults(state, mine) {
  const request = Object.assign({}, state, { limit: PAGE_SIZE, timeline: state.timeline || "auto" });
  const qs = queryString(request, ["q", "actor", "place", "country", "source", "since", "until", "sort", "offset", "limit", "timeline"]);
  const results = await api("/api/search?" + qs);
  if (mine !== generation) return;
  $("article-view").hidden = true;
  $("results-view").hidden = false;
  $("summary").textContent = displayText(describeSearch(state, results));
  renderSuggestion(state, results);
  const hits = $("hits");
  clear(hits);
  hits.start = state.offset + 1;
  for (const hit of results.results) hits.appendChild(renderHit(state, hit));
  const facets = results.facets || {};
  renderFacet($("facet-actors"), state, "actor", facets.actors);
  renderFacet($("facet-places"), state, "place", facets.places);
  renderFacet($("facet-countries"), state, "country", facets.countries);
  renderFacet($("facet-sources"), state, "source", facets.sources);
  renderTimeline(state, results.timeline);
  renderPager(state, results);
  document.title = displayText(state.q ? state.q + " \u2013 lsearch" : "lsearch");
}

function renderArticleText(state, article) {
  const body = $("article-text");
  clear(body);
  appendMarked(body, article.text, article.mentions, (part, mention) => {
    const link = stateLink(toggleFilter(withChange(state, {}), mention.kind, mention.name), part, "mention " + mention.kind);
    link.title = mention.kind + ": " + mention.name;
    link.dataset.name = mention.name;
    return link;
  });
}

async function showArticle(state, mine) {
  const article = await api("/api/article?" + queryString({ id: state.article }, ["id"]));
  if (mine !== generation) return;
  $("results-view").hidden = true;
  $("article-view").hidden = false;
  window.scrollTo(0, 0);
  $("article-title").textContent = displayText(article.title || "(no title)");
  const meta = $("article-meta");
  clear(meta);
  meta.appendChild(metaLine(article, "original article"));
  const entities = $("article-entities");
  clear(entities);
  if (article.actors.length) entities.appendChild(entityLinks(state, "actor", article.actors));
  if (article.places.length) entities.appendChild(entityLinks(state, "place", article.places));
  renderArticleText(state, article);
  $("back").onclick = () => (history.length > 1 ? history.back() : navigate(withChange(state, {})));
  document.title = displayText(article.title || article.id) + " \u2013 lsearch";
  $("back").focus();
}

async function show(state) {
  const mine = ++generation;
  setStatus("loading");
  fillForm(state);
  renderFilters(state);
  try {
    if (state.article) await showArticle(state, mine);
    else await showResults(state, mine);
    if (mine !== generation) return;
    showMessage("");
    setStatus("ready");
  } catch (error) {
    if (mine !== generation) return;
    showMessage(error.message);
    setStatus("error");
  }
}

// ---- wiring ---------------------------------------------------------------------

function onSubmit(event) {
  event.preventDefault();
  const state = stateFromUrl();
  navigate(withChange(state, {
    q: $("q").value.trim(), since: $("since").value.trim(), until: $("until").value.trim(),
    sort: $("sort").value === "relevance" ? "" : $("sort").value, offset: 0,
  }));
}

function onKey(event) {
  const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName);
  if (event.key === "/" && !typing) {
    event.preventDefault();
    $("q").focus();
    $("q").select();
  } else if (event.key === "Escape" && stateFromUrl().article) {
    history.back();
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("search").addEventListener("submit", onSubmit);
  $("sort").addEventListener("change", () => $("search").requestSubmit());
  document.addEventListener("keydown", onKey);
  window.addEventListener("popstate", () => show(stateFromUrl()));
  show(stateFromUrl());
});
