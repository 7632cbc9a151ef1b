"""Concord from Python: find and resolve the provisions of Kazakh law and international treaties that a
text cites, and look up an article's history, through Concord's C interface (libConcordC) with the
standard library's ctypes only.

    import concord
    with concord.open() as data:                       # the bundled data set
        for citation in data.cite("Article 164 of the Criminal Code on inciting discord.", date="2019-03"):
            print(citation["text"], citation["resolved"]["inForce"], citation["flags"])
        history = data.history("174")                  # the chain 1997 art. 164 -> 2014 art. 174, and the timeline

The library is found from the CONCORD_LIBRARY environment variable (a path to libConcordC.so), else
in the repository's .build/release or .build/debug folder, the newer of the two (`swift build` makes it).
"""
import ctypes
import json
import os

__all__ = ["open", "Concord", "ConcordError", "version"]

# Status codes of concord.h.
_CODES = {1: "data", 2: "input", 3: "usage", 4: "not found"}


class ConcordError(Exception):
    """A call failed; `code` is the status of concord.h and `kind` says what it means."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.kind = _CODES.get(code, "error")


def _find_library():
    explicit = os.environ.get("CONCORD_LIBRARY")
    if explicit:
        return explicit
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", ".."))
    # The newer of the two builds: a release library left from an earlier build must not shadow
    # the debug one just built from the current sources (or the other way round).
    built = [path for path in (os.path.join(root, ".build", config, "libConcordC.so") for config in ("release", "debug"))
             if os.path.exists(path)]
    if built:
        return max(built, key=os.path.getmtime)
    raise ConcordError(3, "cannot find libConcordC.so: run 'swift build' in the repository, or set CONCORD_LIBRARY")


_lib = None


def _library():
    global _lib
    if _lib is None:
        lib = ctypes.CDLL(_find_library())
        string_out = ctypes.POINTER(ctypes.c_void_p)
        lib.concord_open.argtypes = [ctypes.c_char_p, ctypes.c_char_p, string_out]
        lib.concord_open.restype = ctypes.c_void_p
        lib.concord_cite.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_char_p, string_out, string_out]
        lib.concord_cite.restype = ctypes.c_int
        lib.concord_history.argtypes = [ctypes.c_void_p, ctypes.c_char_p, string_out, string_out]
        lib.concord_history.restype = ctypes.c_int
        lib.concord_free.argtypes = [ctypes.c_void_p]
        lib.concord_free.restype = None
        lib.concord_close.argtypes = [ctypes.c_void_p]
        lib.concord_close.restype = None
        lib.concord_version.argtypes = []
        lib.concord_version.restype = ctypes.c_char_p
        _lib = lib
    return _lib


def _take(pointer):
    """The string a C call returned, freed."""
    if not pointer.value:
        return None
    try:
        return ctypes.string_at(pointer.value).decode("utf-8")
    finally:
        _library().concord_free(pointer.value)


def _encode(value):
    return None if value is None else str(value).encode("utf-8")


def version():
    """The library's version."""
    return _library().concord_version().decode("utf-8")


class Concord:
    """An open data set. Immutable: share it between threads freely."""

    def __init__(self, statutes=None, reports=None):
        error = ctypes.c_void_p()
        self._handle = _library().concord_open(_encode(statutes), _encode(reports), ctypes.byref(error))
        if not self._handle:
            raise ConcordError(1, _take(error) or "cannot open the data set")

    def cite(self, text, date=None, language=None):
        """Every provision reference in `text`, resolved as of `date` (YYYY, YYYY-MM or YYYY-MM-DD):
        a list of dicts with the fields of Concord's citation JSON contract."""
        return self._cite(text, date, language)["citations"]

    def cite_document(self, text, date=None, language=None):
        """The whole report: {"document": ..., "citations": [...], "warnings": [...]}."""
        return self._cite(text, date, language)

    def _cite(self, text, date, language):
        self._check_open()
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        out, error = ctypes.c_void_p(), ctypes.c_void_p()
        status = _library().concord_cite(self._handle, data, len(data), _encode(date), _encode(language), ctypes.byref(out), ctypes.byref(error))
        if status != 0:
            raise ConcordError(status, _take(error))
        return json.loads(_take(out))

    def history(self, query):
        """The history of a provision written as a person types it ("174", "ст. 164 УК", "kz.cc.2014:174"):
        the chain through time and one merged timeline, as a dict."""
        self._check_open()
        out, error = ctypes.c_void_p(), ctypes.c_void_p()
        status = _library().concord_history(self._handle, _encode(query), ctypes.byref(out), ctypes.byref(error))
        if status != 0:
            raise ConcordError(status, _take(error))
        return json.loads(_take(out))

    def close(self):
        if self._handle:
            _library().concord_close(self._handle)
            self._handle = None

    def _check_open(self):
        if not self._handle:
            raise ConcordError(3, "the data set is closed")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def open(statutes=None, reports=None):  # noqa: A001 - the package's entry point, as in concord.open()
    """Opens a data set: the statutes and reports folders, or the bundled ones."""
    return Concord(statutes, reports)
