"""User management (admin only): list, add, change role, disable, set a password."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from redline.store.repo import AlreadyExists, UserRow
from redline.store.tables import Role
from redline.web.deps import render, require_admin
from redline.web.schemas import UserIn, UserOut, UserPatch
from redline.web.security import hash_password

router = APIRouter()

Name = Annotated[str, PathParam(min_length=1, max_length=64)]


def _add(request: Request, body: UserIn, admin: UserRow) -> UserOut:
    repo = request.app.state.repo
    try:
        row = repo.add_user(body.name, body.role, hash_password(body.password))
    except AlreadyExists as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from None
    repo.audit(admin.name, "user-add", target=f"user:{row.name}", detail={"role": row.role.value})
    return UserOut.of(row)


def _patch(request: Request, name: str, body: UserPatch, admin: UserRow) -> UserOut:
    repo = request.app.state.repo
    if repo.get_user(name) is None:
        raise HTTPException(status_code=404, detail=f"no user {name!r}")
    if name == admin.name and (body.disabled or (body.role is not None and body.role is not Role.ADMIN)):
        raise HTTPException(status_code=400, detail="an admin cannot disable or demote their own account")
    changes: dict[str, object] = {}
    if body.role is not None:
        repo.set_user_role(name, body.role)
        changes["role"] = body.role.value
    if body.disabled is not None:
        repo.set_user_disabled(name, body.disabled)
        changes["disabled"] = body.disabled
    if body.password is not None:
        repo.set_user_password(name, hash_password(body.password))
        changes["password"] = "changed"
    repo.audit(admin.name, "user-update", target=f"user:{name}", detail=changes)
    row = repo.get_user(name)
    assert row is not None
    return UserOut.of(row)


@router.get("/admin/users", include_in_schema=False)
def users_page(request: Request, admin: UserRow = Depends(require_admin)) -> Response:
    users = [UserOut.of(u) for u in request.app.state.repo.list_users()]
    return render(request, "users.html", {"users": users, "roles": [r.value for r in Role], "error": None})


@router.post("/admin/users", include_in_schema=False)
def users_add_form(request: Request, name: str = Form(..., max_length=64), role: str = Form(...),
                   password: str = Form(..., max_length=1024), admin: UserRow = Depends(require_admin)) -> Response:
    try:
        _add(request, UserIn(name=name, role=role, password=password), admin)  # type: ignore[arg-type]
    except (ValidationError, HTTPException) as exc:
        msg = exc.detail if isinstance(exc, HTTPException) else "; ".join(
            f"{e['loc'][-1]}: {e['msg']}" for e in exc.errors())
        users = [UserOut.of(u) for u in request.app.state.repo.list_users()]
        return render(request, "users.html", {"users": users, "roles": [r.value for r in Role], "error": msg},
                      status_code=400)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{name}", include_in_schema=False)
def users_update_form(request: Request, name: Name, role: str = Form(""), disabled: str = Form(""),
                      admin: UserRow = Depends(require_admin)) -> Response:
    try:
        patch = UserPatch(role=role or None, disabled={"1": True, "0": False}.get(disabled))  # type: ignore[arg-type]
        _patch(request, name, patch, admin)
    except (ValidationError, HTTPException) as exc:
        msg = exc.detail if isinstance(exc, HTTPException) else str(exc)
        users = [UserOut.of(u) for u in request.app.state.repo.list_users()]
        return render(request, "users.html", {"users": users, "roles": [r.value for r in Role], "error": msg},
                      status_code=400)
    return RedirectResponse("/admin/users", status_code=303)


@router.get("/api/users", response_model=list[UserOut], tags=["users"])
def users_api(request: Request, admin: UserRow = Depends(require_admin)) -> list[UserOut]:
    """Every account (admin only)."""
    return [UserOut.of(u) for u in request.app.state.repo.list_users()]


@router.post("/api/users", response_model=UserOut, status_code=201, tags=["users"])
def users_add_api(request: Request, body: UserIn, admin: UserRow = Depends(require_admin)) -> UserOut:
    """Create an account (admin only); the password is stored as an argon2 hash."""
    return _add(request, body, admin)


@router.patch("/api/users/{name}", response_model=UserOut, tags=["users"])
def users_patch_api(request: Request, name: Name, body: UserPatch,
                    admin: UserRow = Depends(require_admin)) -> UserOut:
    """Change an account's role, disable or enable it, or set its password (admin only)."""
    return _patch(request, name, body, admin)
