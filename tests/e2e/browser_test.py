"""The search page in a real browser (headless chromium over the DevTools protocol): load, search
from the keyboard, click a facet, page, go back, click the timeline, open an article, a narrow
window; then the hostile corpus, which must render as text with no script of its own run.
Usage: browser_test.py BASE_URL [SCREENSHOT_DIR]"""
import json
import os
import sys
import urllib.parse

from cdp import Browser

BASE = sys.argv[1]
SHOTS = sys.argv[2] if len(sys.argv) > 2 else ""
checks = failures = 0


def check(what, ok, detail=""):
    global checks, failures
    checks += 1
    if not ok:
        failures += 1
        print("FAIL: %s %s" % (what, detail), file=sys.stderr)


def js(b, expression):
    return b.evaluate(expression)


def ready(b, what):
    """Waits for the page to finish the navigation it started."""
    b.wait_for("document.documentElement.dataset.status !== 'loading'", what)
    status = js(b, "document.documentElement.dataset.status")
    check(what + ": page ready", status == "ready",
          "(status %s, message %r)" % (status, js(b, "document.getElementById('message').textContent")))


def go(b, path, what):
    b.send("Page.navigate", url=BASE + path)
    b.wait_for("document.readyState === 'complete' && !!document.documentElement.dataset.status",
               what + ": loaded")
    ready(b, what)


def click(b, selector, what):
    """A real mouse click in the middle of the element (scrolled into view first)."""
    found = b.click(selector)
    check(what + ": found " + selector, found)
    if found:
        ready(b, what)


def params(b):
    return urllib.parse.parse_qs(js(b, "location.search").lstrip("?"))


def first_hit_id(b):
    return js(b, "(document.querySelector('#hits .hit .meta .id') || {}).textContent")


def shoot(b, name):
    if SHOTS:
        b.screenshot(os.path.join(SHOTS, name + ".png"))


def no_script_ran(b, what):
    check(what + ": no payload ran (window.__pwned unset)", js(b, "window.__pwned === undefined"),
          "(%r)" % js(b, "window.__pwned"))
    check(what + ": only the page's own script", js(b, "document.scripts.length") == 1)
    check(what + ": no image or frame from content",
          js(b, "document.images.length + document.querySelectorAll('iframe,object,embed').length") == 0)
    bad = js(b, "[...document.links].filter(a => !['http:', 'https:'].includes(a.protocol))"
                ".map(a => a.href)")
    check(what + ": every link is http(s)", bad == [], repr(bad))


def normal_corpus(b):
    # 1. Load a search by URL.
    go(b, "/?q=libya", "load")
    hits = js(b, "document.querySelectorAll('#hits > li').length")
    check("ten hits on the first page", hits == 10, "(%s)" % hits)
    check("summary counts results", "results for" in js(b, "document.getElementById('summary').textContent"))
    check("highlights are <mark>", js(b, "document.querySelectorAll('#hits mark').length") > 0)
    # "libya" is also an alias of a known place, so other names of Libya are marked too.
    check("marks hold the query word",
          any("liby" in m.lower() for m in js(b, "[...document.querySelectorAll('.snippet mark')].map(m => m.textContent)")))
    check("facets listed", js(b, "document.querySelectorAll('#facet-actors a').length") > 0)
    check("timeline drawn", js(b, "document.getElementById('timeline').checkVisibility() && "
                                  "document.querySelectorAll('#timeline-chart .bar').length") > 0)
    check("pager shows page 1", js(b, "document.getElementById('page').textContent").startswith("page 1 of"))
    shoot(b, "results")

    # 2. Search from the keyboard: "/" focuses the box, type, Enter submits.
    b.send("Runtime.evaluate", expression="document.activeElement.blur()")
    b.key("/", code="Slash", text="/", key_code=191)
    check("/ focuses the search box", js(b, "document.activeElement.id") == "q")
    b.type_text("haftar")
    b.key("Enter", code="Enter", text="\r", key_code=13)
    b.wait_for("location.search.includes('q=haftar')", "the query in the URL")
    ready(b, "keyboard search")
    check("the box keeps the query", js(b, "document.getElementById('q').value") == "haftar")
    total_before = js(b, "document.getElementById('summary').textContent")

    # 3. A facet value adds its filter; the chip removes it.
    actor = js(b, "document.querySelector('#facet-actors a').dataset.value")
    click(b, "#facet-actors a", "facet click")
    check("the filter is in the URL", params(b).get("actor") == [actor], repr(params(b)))
    check("the filter shows as a chip", actor in js(b, "document.getElementById('filters').textContent"))
    check("the facet value is ticked",
          js(b, "document.querySelector('#facet-actors a.active').dataset.value") == actor)
    entity_lists = js(b, "[...document.querySelectorAll('#hits > li')].map(li => li.textContent)")
    check("every hit names the actor", entity_lists and all(actor in t for t in entity_lists))
    total_filtered = js(b, "document.getElementById('summary').textContent")

    # 3b. The countries facet (a city rolls up to its country): its value filters by country.
    country = js(b, "(document.querySelector('#facet-countries a') || {dataset: {}}).dataset.value")
    check("countries listed", bool(country), repr(country))
    if country:
        click(b, "#facet-countries a", "country facet click")
        check("the country filter is in the URL", params(b).get("country") == [country], repr(params(b)))
        check("the country filter shows as a chip",
              "country: " + country in js(b, "document.getElementById('filters').textContent"))
        countries = js(b, "[...document.querySelectorAll('#hits > li')].map(li => "
                          "[...li.querySelectorAll('.entities.country a')].map(a => a.textContent))")
        check("every hit lists the country", countries and all(country in c for c in countries), repr(countries))
        click(b, "#filters a.chip[data-kind=country]", "remove the country filter")
        check("the chip removes the country filter", "country" not in params(b))

    # 4. Paging, and the back button.
    first_page_hit = first_hit_id(b)
    has_next = not js(b, "document.getElementById('next').disabled")
    if has_next:
        click(b, "#next", "next page")
        check("offset in the URL", params(b).get("offset") == ["10"])
        check("numbering goes on", js(b, "document.getElementById('hits').start") == 11)
        check("another page of hits", first_hit_id(b) != first_page_hit)
        b.send("Runtime.evaluate", expression="history.back()")
        b.wait_for("!location.search.includes('offset')", "back to page 1")
        ready(b, "back")
        check("back shows page 1 again", first_hit_id(b) == first_page_hit)
    else:
        check("enough hits to page", False, "(the corpus is too small)")
    click(b, "#filters a.chip", "remove the filter")
    check("the chip removes the filter", "actor" not in params(b))
    check("the total is back", js(b, "document.getElementById('summary').textContent") == total_before,
          "(%s vs %s; filtered %s)" % (js(b, "document.getElementById('summary').textContent"), total_before, total_filtered))

    # 5. A timeline bar narrows the dates.
    click(b, "#timeline-chart .bar-slot[role=button]", "timeline bar")
    p = params(b)
    check("a bar sets since and until", "since" in p and "until" in p, repr(p))
    go(b, "/?q=haftar", "reload")

    # 6. Open an article: text with its entities marked and linked.
    title = js(b, "document.querySelector('.hit-title').textContent")
    click(b, ".hit-title", "open an article")
    check("the article view shows, alone", js(b, "document.getElementById('article-view').checkVisibility() && "
                                                "!document.getElementById('results-view').checkVisibility()"))
    check("its title", js(b, "document.getElementById('article-title').textContent") == title)
    check("the article id in the URL", "article" in params(b))
    check("its text", len(js(b, "document.getElementById('article-text').textContent")) > 200)
    mentions = js(b, "[...document.querySelectorAll('#article-text a.mention')].map(a => [a.textContent, a.dataset.name, a.getAttribute('href')])")
    check("entities are marked in the text", len(mentions) > 2, repr(mentions[:3]))
    check("each mark links to a filtered search",
          all(("actor=" in m[2] or "place=" in m[2]) for m in mentions), repr(mentions[:3]))
    check("Haftar is marked", any("Haftar" in m[0] for m in mentions))
    shoot(b, "article")
    b.key("Escape", code="Escape", key_code=27)
    b.wait_for("!location.search.includes('article=')", "Esc leaves the article")
    ready(b, "escape")
    check("Esc returns to the results", js(b, "document.getElementById('results-view').checkVisibility() && "
                                             "!document.getElementById('article-view').checkVisibility()"))

    # 7. A narrow window: one column, nothing wider than the screen.
    b.send("Emulation.setDeviceMetricsOverride", width=390, height=800, deviceScaleFactor=1, mobile=True)
    go(b, "/?q=libya", "narrow")
    check("facets go under the results", js(b, "document.getElementById('facets').getBoundingClientRect().top > "
                                              "document.getElementById('results').getBoundingClientRect().top"))
    width = js(b, "document.documentElement.scrollWidth")
    check("no horizontal scrolling", width <= 391, "(%s px)" % width)
    shoot(b, "narrow")
    b.send("Emulation.clearDeviceMetricsOverride")
    no_script_ran(b, "normal corpus")


def hostile_corpus(b):
    go(b, "/?q=oil", "hostile search")
    shoot(b, "hostile")
    no_script_ran(b, "hostile results")
    text = js(b, "document.getElementById('hits').textContent")
    check("markup in titles shows as text", "<script>window.__pwned=" in text, text[:300])
    check("an onerror attribute shows as text", "onerror=" in text)
    shown = js(b, "document.body.textContent")
    check("no bidi override reaches the page", "\u202e" not in shown and "\u2066" not in shown)
    check("no control character reaches the page", "\x1b" not in shown and "\x07" not in shown)
    facets = js(b, "document.getElementById('facets').textContent")
    check("a hostile entity name shows as text", "<img src=x onerror=" in facets, facets[:300])
    links = js(b, "[...document.querySelectorAll('#hits a.external')].map(a => a.href)")
    check("the http(s) url is linked", "https://example.org/fine" in links, repr(links))
    plain = js(b, "[...document.querySelectorAll('#hits .url')].map(s => s.textContent)")
    check("javascript: and data: urls stay text", any(u.startswith("javascript:") for u in plain)
          and any(u.startswith("data:") for u in plain), repr(plain))

    # Clicking into each hostile article, including ids with %, tab and newline.
    ids = js(b, "[...document.querySelectorAll('#hits .meta .id')].map(s => s.textContent)")
    for i, article_id in enumerate(ids):
        go(b, "/?q=oil", "hostile search again")
        click(b, "#hits > li:nth-child(%d) .hit-title" % (i + 1), "open hostile article " + repr(article_id))
        check("the right article opens: " + repr(article_id),
              js(b, "document.querySelector('#article-meta .id').textContent") == article_id)
        no_script_ran(b, "hostile article " + repr(article_id))
    go(b, "/?article=" + urllib.parse.quote("html-script"), "the script article by URL")
    body = js(b, "document.getElementById('article-text').textContent")
    check("the script is text in the article", "<script>window.__pwned=3;alert(1)</script>" in body, body[:200])
    check("the javascript: url is not a link",
          js(b, "document.querySelectorAll('#article-meta a').length") == 0 and
          "javascript:" in js(b, "document.getElementById('article-meta').textContent"))
    shoot(b, "hostile-article")
    no_script_ran(b, "hostile article view")


def main():
    b = Browser()
    try:
        if os.environ.get("CORPUS") == "hostile":
            hostile_corpus(b)
        else:
            normal_corpus(b)
        js(b, "1")  # collect the last events
        dialogs = b.event_names("Page.javascriptDialogOpening")
        check("no alert, confirm or prompt opened", not dialogs, repr(dialogs[:2]))
        errors = [e["params"]["exceptionDetails"].get("exception", {}).get("description", "")
                  for e in b.event_names("Runtime.exceptionThrown")]
        check("no script error", not errors, repr(errors[:3]))
        console = [e["params"]["entry"]["text"] for e in b.event_names("Log.entryAdded")]
        console += [" ".join(str(a.get("value", "")) for a in e["params"]["args"])
                    for e in b.event_names("Runtime.consoleAPICalled")]
        csp = [c for c in console if "Content Security Policy" in c]
        check("no CSP violation (the page needs nothing inline)", not csp, repr(csp[:3]))
        bad = [c for c in console if "error" in c.lower() or "refused" in c.lower()]
        check("a quiet console", not bad, repr(bad[:5]))
    finally:
        b.close()
    if failures:
        print("%d of %d browser checks failed" % (failures, checks), file=sys.stderr)
        sys.exit(1)
    print("%d browser checks passed" % checks)


if __name__ == "__main__":
    main()
