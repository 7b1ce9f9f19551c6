"""Server fixtures: one small store per session (the seed article, extracted, plus two articles
built by hand: a hostile one and one elsewhere), the app over it, a live server on 127.0.0.1
and, when Debian's Chromium is installed, a browser."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.pipeline import make_article
from newsevents.record import Entity, Event, EventDate, Party, Place, Quote, Record, Span, Speaker, Time
from newsevents.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "seed-article.txt"
SCREENSHOTS = ROOT / "out" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
INFO = {"version": "0.1.0", "spacy_model": "hand-built", "spacy": "3.8.18"}
# Without these Chromium keeps calling home (updates, sync, safe browsing) at start.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
]

HOSTILE_TITLE = '<script>window.__pwned = "title"</script><img src=x onerror="window.__pwned=\'title-img\'">Hostile'
HOSTILE_SOURCE = '<img src=x onerror="window.__pwned=\'source\'"><b>Evil</b> Wire'
HOSTILE_TEXT = (
    'Rebels <b>attacked</b> the town of Kharkiv on Monday, <script>window.__pwned = "text"</script> police said.\n\n'
    '<img src=x onerror="window.__pwned = \'img\'"> "We will resist," the <i>mayor</i> said.'
)


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span.of(text, start, start + len(phrase))


def hostile_record() -> Record:
    """Markup and script in the text, title, source and url: the pages must show it as text."""
    text = HOSTILE_TEXT
    sentence = _span(text, text.split("\n\n")[0])
    mayor = _span(text, "the <i>mayor</i>")
    return Record(
        article=make_article(text, title=HOSTILE_TITLE, source=HOSTILE_SOURCE, published="2024-05-07",
                             url='javascript:window.__pwned="url"'),
        pipeline=INFO,
        places=[Place(id="p1", name="Kharkiv", geonameid=706483, level="city", country="UKR",
                      lat=49.98, lon=36.25, mentions=[_span(text, "Kharkiv")])],
        times=[Time(id="t1", type="DATE", value="2024-05-06", **_span(text, "Monday").model_dump())],
        quotes=[Quote(id="q1", kind="direct", content=_span(text, '"We will resist,"'),
                      speaker=Speaker(start=mayor.start, end=mayor.end, text=mayor.text))],
        events=[Event(id="v1", event="ASSAULT", quad_code=4, cameo="19", actor=[Party(text="Rebels", sector=["REB"])],
                      recipient=[Party(text="the town of Kharkiv")], place="p1",
                      date=EventDate(value="2024-05-06", precision="day", time="t1"),
                      trigger=_span(text, "attacked"), sentence=sentence)],
    )


def lyon_record() -> Record:
    """An arrest in a French city a year earlier: a second country, date and event type."""
    text = "Police in Lyon arrested twelve protesters on Tuesday after clashes near the town hall."
    police = Entity(id="e1", name="Police", type="ORG", country="FRA", sector=["COP"], mentions=[_span(text, "Police")])
    return Record(
        article=make_article(text, title="Arrests in Lyon", source="Courier", published="2023-03-15"),
        pipeline=INFO,
        entities=[police],
        places=[Place(id="p1", name="Lyon", geonameid=2996944, level="city", country="FRA",
                      lat=45.75, lon=4.85, mentions=[_span(text, "Lyon")])],
        times=[Time(id="t1", type="DATE", value="2023-03-14", **_span(text, "Tuesday").model_dump())],
        events=[Event(id="v1", event="COERCE", quad_code=4, cameo="17",
                      actor=[Party(entity="e1", text="Police", country="FRA", sector=["COP"])],
                      recipient=[Party(text="twelve protesters", sector=["OPP"])], place="p1",
                      date=EventDate(value="2023-03-14", precision="day", time="t1"),
                      trigger=_span(text, "arrested"), sentence=Span.of(text, 0, len(text)))],
    )


@pytest.fixture(scope="session")
def seed_record(extract) -> Record:
    return extract(SEED.read_text(encoding="utf-8"), published="2022-09-30", source="BBC")


@pytest.fixture(scope="session")
def server_db(tmp_path_factory, seed_record) -> Path:
    db = tmp_path_factory.mktemp("server") / "events.duckdb"
    with Store(db) as store:
        store.add([seed_record, hostile_record(), lyon_record()])
    return db


@pytest.fixture(scope="session")
def client(server_db):
    from fastapi.testclient import TestClient

    from newsevents.server import create_app

    with TestClient(create_app(server_db)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def live_server(server_db) -> Iterator[str]:
    """The app served by uvicorn on a free 127.0.0.1 port, in a thread, for the browser."""
    import uvicorn

    from newsevents.server import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(server_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        pytest.skip("Debian's Chromium is not installed (apt-get install -y chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, live_server):
    """A fresh page that records every request, refuses any that is not for the test server,
    and fails the test on a JavaScript error or dialog.

    The page's Content-Security-Policy is bypassed: Playwright's waits evaluate script that the
    policy forbids, and without the policy the hostile-article test checks the rendering alone.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    tab = context.new_page()
    tab.requests = []
    tab.errors = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    tab.on("dialog", lambda dialog: (tab.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))

    def only_local(route):
        if route.request.url.startswith(live_server + "/"):
            route.continue_()
        else:
            route.abort()

    tab.route("**/*", only_local)
    yield tab
    context.close()


@pytest.fixture(scope="session")
def hostile() -> dict[str, str]:
    return {"title": HOSTILE_TITLE, "source": HOSTILE_SOURCE, "text": HOSTILE_TEXT}


@pytest.fixture(scope="session")
def screenshot():
    """screenshot(page, name): the whole page as out/screenshots/NAME.png, to look at."""

    def take(page, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
