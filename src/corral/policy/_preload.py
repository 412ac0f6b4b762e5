"""Loads libstdc++ before regopy's library, so that C++ code in this process allocates with one allocator.

regopy's ``librego_shared.so`` defines its own ``operator new`` and ``operator delete`` (snmalloc). ctypes loads
it with ``RTLD_LOCAL``, yet when the dynamic linker relocates the libstdc++ it pulls in, the library that asked
for it is searched first: if libstdc++ was not in the process before, libstdc++'s own calls to ``operator new``
(a string or vector grown out of line) bind to snmalloc for the rest of the process. Every other C++ extension
(RE2's, for one) allocates and frees through libstdc++'s operators, that is glibc's ``malloc``: memory that one
side allocates and the other frees aborts the process ("free(): invalid size" — RE2's ``FilteredRE2`` met it
first). Loaded before, libstdc++ binds to its own operators; regopy keeps snmalloc inside its library.

Importing this module does the load, once; ``corral.policy`` imports it before anything imports regopy.
"""

from __future__ import annotations

import ctypes
import sys


def preload_libstdcxx() -> bool:
    """Load libstdc++ (Linux). True when it is loaded now; False elsewhere or when there is none by that name
    (a wheel linked statically brings its own)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        ctypes.CDLL("libstdc++.so.6")
    except OSError:
        return False
    return True


LOADED = preload_libstdcxx()
