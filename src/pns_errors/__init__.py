"""Error codes of the NXCLOUD PNS API, for clients and for support staff.

>>> from pns_errors import ErrorCode
>>> ErrorCode(10004).message
'Different prefix for binding numbers'
"""

from __future__ import annotations

from ._catalog import SITE_URL, VERSION, Category, Deprecation, ErrorCode, FixBy, Retirement, Retry
from ._finder import Found, Scan, find_codes, scan
from ._lookup import nearest, parse_code, search
from ._response import NotAnEnvelope, PnsError, raise_for_response

__version__ = VERSION
__all__ = [
    "SITE_URL",
    "VERSION",
    "Category",
    "Deprecation",
    "ErrorCode",
    "Found",
    "FixBy",
    "NotAnEnvelope",
    "PnsError",
    "Retirement",
    "Retry",
    "__version__",
    "nearest",
    "parse_code",
    "raise_for_response",
    "Scan",
    "find_codes",
    "scan",
    "search",
]
