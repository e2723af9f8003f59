"""Writing a team's files: whole or not at all, with the permissions a new file should have."""

from __future__ import annotations

import os
import tempfile


def write_atomically(path: str, data: bytes) -> None:
    """Write through a temporary file in the same folder, then rename: never half-written.

    A rewritten file keeps its permissions; a new one gets what ``open`` would
    give it under the current umask (0644 under 0022), not the temporary file's
    0600. A read-only file is refused, even for a user who could write it
    anyway (a rename would otherwise replace it). A symbolic link is written
    through: the file it points to is replaced, and the link stays a link.
    """
    path = os.path.realpath(path)
    folder = os.path.dirname(path)
    mode = os.stat(path).st_mode & 0o7777 if os.path.exists(path) else None
    if mode is not None and (not mode & 0o222 or not os.access(path, os.W_OK)):
        raise PermissionError(13, "the file is read-only", path)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".llo-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, mode if mode is not None else 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _umask() -> int:
    """The process's umask; reading it means setting it, so it is put straight back."""
    current = os.umask(0o022)
    os.umask(current)
    return current
