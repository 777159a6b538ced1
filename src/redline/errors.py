"""Errors and exit codes.

    RedlineError
    ├── DocumentError            never stops a scan; becomes DocumentResult.error
    │   ├── ExtractionError      a parser failed on this document (corrupt PDF, bad JSON, ...)
    │   ├── UnsupportedMediaType nothing can read this media type
    │   ├── LimitExceeded        a Limits setting was hit (name, value, limit)
    │   ├── FetchError           a URL could not be fetched (or was refused: private address)
    │   ├── ArchiveFormatError   a zip/tar/WARC is corrupt or truncated
    │   └── ReadError            the file could not be read (permissions, vanished, loop)
    ├── ConfigurationError       fatal, own exit code
    │   ├── RulePackError        invalid rule pack (file, line, help)
    │   ├── ConfigError          invalid settings
    │   └── UsageError           bad command line
    └── (bugs are never caught broadly)

Exit codes (the README carries the same table):
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from enum import IntEnum


class ExitCode(IntEnum):
    CLEAN = 0  # no finding at or above --fail-on
    FINDINGS = 1  # findings at or above --fail-on
    FATAL = 2  # fatal error (crash, interrupted, I/O on the output)
    DOCUMENT_ERRORS = 3  # some documents could not be scanned (wins over FINDINGS)
    INVALID_RULES = 4  # a rule pack failed validation or its examples
    INVALID_CONFIG = 5  # invalid configuration or command line


class RedlineError(Exception):
    """Root of all redline errors."""


class DocumentError(RedlineError):
    """An error confined to one document: recorded, counted, and the scan goes on."""

    kind = "error"


class ExtractionError(DocumentError):
    kind = "extraction"


class InternalError(DocumentError):
    """A bug in redline met on one document (logged with its traceback); the scan goes on."""

    kind = "internal"


class UnsupportedMediaType(DocumentError):
    kind = "unsupported"


class LimitExceeded(DocumentError):
    kind = "limit"

    def __init__(self, limit: str, value: int | float, maximum: int | float | None = None) -> None:
        self.limit = limit
        self.value = value
        self.maximum = maximum
        detail = f"{value:,}" if isinstance(value, int) else f"{value:.3g}"
        if maximum is not None:
            cap = f"{maximum:,}" if isinstance(maximum, int) else f"{maximum:.3g}"
            msg = f"limit {limit} exceeded: {detail} > {cap} (raise it with --limit {limit}=N)"
        else:
            msg = f"limit {limit} exceeded: {detail}"
        super().__init__(msg)


class FetchError(DocumentError):
    kind = "fetch"


class ArchiveFormatError(DocumentError):
    kind = "archive"


class ReadError(DocumentError):
    kind = "read"


class ConfigurationError(RedlineError):
    exit_code = ExitCode.INVALID_CONFIG


class RulePackError(ConfigurationError):
    exit_code = ExitCode.INVALID_RULES

    def __init__(
        self, message: str, *, file: str | None = None, line: int | None = None, help: str = ""
    ) -> None:
        self.file = file
        self.line = line
        self.help = help
        where = f"{file}:{line}: " if file and line else (f"{file}: " if file else "")
        super().__init__(f"{where}{message}")


class ConfigError(ConfigurationError):
    pass


class UsageError(ConfigurationError):
    pass


@contextlib.contextmanager
def map_errors(mapping: dict[type[BaseException], type[DocumentError]], what: str = "") -> Iterator[None]:
    """Translate third-party exceptions into redline document errors (most specific first).

    ``mapping`` maps an exception class to the DocumentError subclass to raise; the first key
    (in MRO order of the raised exception) wins; the original is chained with ``from``.
    """
    try:
        yield
    except DocumentError:
        raise
    except tuple(mapping) as exc:  # type: ignore[misc]
        for cls in type(exc).__mro__:
            if cls in mapping:
                target = mapping[cls]
                break
        else:  # pragma: no cover - tuple(mapping) guarantees a hit
            raise
        prefix = f"{what}: " if what else ""
        raise target(f"{prefix}{type(exc).__name__}: {exc}") from exc


@contextlib.contextmanager
def map_os_errors(path: str) -> Iterator[None]:
    try:
        yield
    except PermissionError as exc:
        raise ReadError(f"cannot read {path}: permission denied") from exc
    except IsADirectoryError as exc:
        raise ReadError(f"cannot read {path}: is a directory") from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadError(f"cannot read {path}: symbolic link loop") from exc
        raise ReadError(f"cannot read {path}: {exc.strerror or exc}") from exc
