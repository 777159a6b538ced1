"""The watch store: SQLAlchemy tables, Alembic migrations, and the ``Repo`` API over them."""

from __future__ import annotations

from redline.store.repo import Repo, StoreError

__all__ = ["Repo", "StoreError"]
