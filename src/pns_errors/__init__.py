"""Error codes of the NXCLOUD PNS API, for clients and for support staff.

>>> from pns_errors import ErrorCode
>>> ErrorCode(10004).message
'Different prefix for binding numbers'
"""

from __future__ import annotations

from ._base import Deprecation, Retirement
from ._catalog import SITE_URL, VERSION, Category, ErrorCode

__version__ = VERSION
__all__ = ["Category", "Deprecation", "ErrorCode", "Retirement", "SITE_URL", "VERSION", "__version__"]
