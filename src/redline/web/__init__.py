"""The web app: review evidence together (FastAPI + Jinja2 + HTMX served from the package).

``create_app(settings, repo)`` in ``app.py`` builds the app; ``routes/`` holds one module per
page group; ``security.py`` owns accounts, sessions, CSRF, rate limiting and headers;
``evidence.py`` reads archived records back (records, screenshots, WACZ bundles, page text).
"""
