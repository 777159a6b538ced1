"""One module per page group; each holds the HTML pages and the JSON API they use."""

from __future__ import annotations

from redline.web.routes import (
           admin,
           auth,
           dashboard,
           exports,
           findings,
           health,
           review,
           scan,
           sources,
)

ROUTERS = (health.router, auth.router, dashboard.router, findings.router, sources.router,
           review.router, scan.router, exports.router, admin.router)
