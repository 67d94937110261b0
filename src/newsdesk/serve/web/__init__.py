"""The reader: server-rendered pages, the JSON API under /api/v1 and feeds out, in one
FastAPI app. ``create_app(store, config)`` builds it; ``serve(ctx)`` runs it with uvicorn."""

from __future__ import annotations


def create_app(store, config, **options):
    from .app import create_app as _create

    return _create(store, config, **options)


def serve(ctx, host: str | None = None, port: int | None = None) -> int:
    import threading

    import uvicorn

    from .app import create_app as _create
    from .data import warm_up

    app = _create(ctx.store, ctx.config)
    threading.Thread(target=warm_up, args=(ctx.store,), daemon=True, name="warm-up").start()
    host = host or ctx.config.host
    port = port or ctx.config.port
    print(f"newsdesk reader on http://{host}:{port}/  (API docs: /api/docs)", flush=True)
    # access_log off: request lines would carry query strings into logs; errors still show.
    # The standard asyncio loop, not uvloop: under 200 clients uvloop answered as many requests
    # but left some connections waiting past 2 s (p99 749 ms vs 98 ms with asyncio; see
    # docs/benchmarks.md, section performance). httptools parses HTTP faster than h11.
    uvicorn.run(app, host=host, port=int(port), access_log=False, log_level="warning",
                proxy_headers=False, loop="asyncio", http="httptools")
    return 0
