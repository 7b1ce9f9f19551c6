"""``newsevents serve``: a read-only HTTP API over the store and an offline page to explore it.

>>> from newsevents.server import create_app
>>> app = create_app("news.duckdb")          # a FastAPI app; or serve("news.duckdb") to run it
"""

from __future__ import annotations

from pathlib import Path

from newsevents.server.app import create_app

__all__ = ["create_app", "serve"]


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the server until Ctrl-C (uvicorn, one process)."""
    import uvicorn

    app = create_app(db)
    print(f"newsevents: serving {db} read-only at http://{host}:{port}/ (Ctrl-C stops)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
