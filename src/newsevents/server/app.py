"""The FastAPI application: a read-only JSON API over the store and the static page.

Every request is a read: other verbs get 405. Malformed parameters get 422 with one line
saying which parameter and why; a query past its time limit gets 503. Exports stream the
whole filtered set (no row cap, a longer time limit); everything else is capped.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsevents.server import queries
from newsevents.server.queries import FACET_FIELDS, Filters
from newsevents.server.reader import QueryTimeout, Reader
from newsevents.store import StoreError

STATIC = Path(__file__).parent / "static"
PAGE_LIMIT = 500
EXPORT_TIMEOUT_S = 120.0
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# The page loads nothing from elsewhere and runs no inline script; a hostile article that got
# markup past the page's own text-only rendering would still run nothing.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

Modality = Literal["asserted", "future", "hypothetical", "negated", "historical"]
Text = Annotated[str | None, Query(max_length=200)]


def filters(
    actor: Annotated[str | None, Query(max_length=200, description="country/actor code (RUS, RUSMIL) or a name")] = None,
    recipient: Annotated[str | None, Query(max_length=200)] = None,
    event: Annotated[str | None, Query(max_length=200, description="PLOVER types, comma-separated, or a CAMEO root")] = None,
    modality: Modality | None = None,
    place: Annotated[str | None, Query(max_length=200, description="place name or GeoNames id")] = None,
    within_km: Annotated[float | None, Query(ge=0, le=20_050, description="with place: radius in km")] = None,
    since: Annotated[str | None, Query(max_length=40, description="YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(max_length=40, description="YYYY-MM-DD")] = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="ISO3 country of the place")] = None,
    q: Annotated[str | None, Query(max_length=200, description="words in title, sentence, parties or place")] = None,
) -> Filters:
    return Filters(actor=actor or None, recipient=recipient or None, event=event or None, place=place or None,
                   within_km=within_km, since=since or None, until=until or None, modality=modality, country=country or None,
                   q=q or None)


Limit = Annotated[int, Query(ge=1, le=PAGE_LIMIT, description=f"rows per page (at most {PAGE_LIMIT})")]
Cursor = Annotated[str | None, Query(max_length=2000, description="the 'next' value of the previous page")]


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


def _validation_message(errors: list[dict[str, Any]]) -> str:
    parts = []
    for err in errors:
        where = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body")]
        parts.append(f"{'.'.join(where) or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


def create_app(db: str | Path | Reader, timeout_s: float = 5.0, export_timeout_s: float = EXPORT_TIMEOUT_S) -> FastAPI:
    """The application over one database (a path, opened read-only here, or an open Reader)."""
    reader = db if isinstance(db, Reader) else Reader(db, timeout_s=timeout_s, prepare=queries.prepare)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        reader.close()

    app = FastAPI(
        title="newsevents", version="1", lifespan=lifespan,
        description="Read-only access to a newsevents store: events, merged events, articles, facets, exports.",
        # The interactive docs pages load their scripts from a CDN: the API description stays at /openapi.json.
        docs_url=None, redoc_url=None,
    )
    app.state.reader = reader

    @app.middleware("http")
    async def read_only_and_headers(request: Request, call_next):
        if request.method not in READ_METHODS:
            response: Response = _error(405, f"read-only server: {request.method} is not allowed")
            response.headers["Allow"] = "GET, HEAD, OPTIONS"
        else:
            response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]
        return _error(422, _validation_message(errors), detail=errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(QueryTimeout)
    async def too_slow(_request: Request, exc: QueryTimeout) -> JSONResponse:
        return _error(503, str(exc))

    @app.exception_handler(StoreError)
    async def bad_filter(_request: Request, exc: StoreError) -> JSONResponse:
        # The store's messages name the command-line flag (--since); here it is a parameter.
        return _error(422, str(exc).replace("--within-km", "within_km").replace("--", ""))

    @app.get("/api/events", summary="Events matching the filters, newest first")
    def api_events(f: Annotated[Filters, Depends(filters)], limit: Limit = 50, next: Cursor = None) -> dict:
        return queries.events_page(reader, f, limit, next)

    @app.get("/api/merged", summary="Merged events (one real-world event across articles)")
    def api_merged(f: Annotated[Filters, Depends(filters)], limit: Limit = 50, next: Cursor = None) -> dict:
        return queries.merged_page(reader, f, limit, next)

    @app.get("/api/articles", summary="Articles, newest first")
    def api_articles(q: Text = None, limit: Limit = 50, next: Cursor = None) -> dict:
        return queries.articles_page(reader, q, limit, next)

    @app.get("/api/articles/{article_id}", summary="One article's full newsevents/1 record")
    def api_article(article_id: Annotated[str, PathParam(max_length=200)]) -> Response:
        record = queries.article_record(reader, article_id)
        if record is None:
            raise HTTPException(404, detail=f"no article {article_id!r} in the database")
        return Response(record, media_type="application/json")

    @app.get("/api/facets", summary="Counts of each value of one field over the filtered events")
    def api_facets(field: Literal["event", "actor", "country", "modality"],
                   f: Annotated[Filters, Depends(filters)]) -> dict:
        assert field in FACET_FIELDS
        return queries.facet(reader, field, f)

    @app.get("/api/timeline", summary="Filtered events per day (or week, month) by type")
    def api_timeline(f: Annotated[Filters, Depends(filters)]) -> dict:
        return queries.timeline(reader, f)

    @app.get("/api/map", summary="Filtered events grouped by location")
    def api_map(f: Annotated[Filters, Depends(filters)]) -> dict:
        return queries.map_points(reader, f)

    @app.get("/api/events.csv", summary="Every filtered event as CSV (streamed, not capped)")
    def api_events_csv(f: Annotated[Filters, Depends(filters)]) -> StreamingResponse:
        chunks = _checked_export(reader, f, export_timeout_s)
        return StreamingResponse(_csv_stream(chunks), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="events.csv"'})

    @app.get("/api/events.geojson", summary="Every filtered, located event as GeoJSON (streamed, not capped)")
    def api_events_geojson(f: Annotated[Filters, Depends(filters)]) -> StreamingResponse:
        chunks = _checked_export(reader, f, export_timeout_s)
        return StreamingResponse(_geojson_stream(chunks), media_type="application/geo+json",
                                 headers={"Content-Disposition": 'attachment; filename="events.geojson"'})

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/articles/{article_id}", include_in_schema=False)
    def article_page(article_id: str) -> FileResponse:
        return FileResponse(STATIC / "article.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _checked_export(reader: Reader, f: Filters, timeout_s: float) -> Iterator[tuple[list[str], list[tuple]]]:
    """The export's row chunks, with the filters checked before the response starts (a bad filter
    is a 422, not a cut-off download)."""
    with reader.cursor() as cur:
        queries.event_where(reader, cur, f)
    return queries.export_rows(reader, f, timeout_s)


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _csv_stream(chunks: Iterator[tuple[list[str], list[tuple]]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for index, (names, rows) in enumerate(chunks):
        if index == 0:
            writer.writerow(names)
        writer.writerows([_plain(v) for v in row] for row in rows)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _geojson_stream(chunks: Iterator[tuple[list[str], list[tuple]]]) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for names, rows in chunks:
        parts = []
        for row in rows:
            values = dict(zip(names, row, strict=True))
            if values.get("lat") is None or values.get("lon") is None:
                continue
            feature = {
                "type": "Feature", "id": f"{values['article_id']}/{values['event_id']}",
                # GeoJSON (RFC 7946) orders coordinates longitude first.
                "geometry": {"type": "Point", "coordinates": [values["lon"], values["lat"]]},
                "properties": {k: _plain(v) for k, v in values.items() if k not in ("lat", "lon")},
            }
            parts.append(("" if first else ",") + json.dumps(feature, ensure_ascii=False))
            first = False
        if parts:
            yield "".join(parts)
    yield "]}\n"
