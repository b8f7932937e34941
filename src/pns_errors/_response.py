"""Turning an API response into data or a ``PnsError``."""

from __future__ import annotations

from collections.abc import Mapping

from ._catalog import SITE_URL, Category, ErrorCode, FixBy, Retry
from ._lookup import category_of

TYPE_CHECKING = False  # not `import typing`: see _base.py
if TYPE_CHECKING:
    from typing import Any, ClassVar


class NotAnEnvelope(ValueError):
    """The body is not the API's ``{"code", "msg", "requestId", "data"}`` envelope."""


class PnsError(Exception):
    """The API answered with a non-zero error code.

    ``error`` is None for a code this version of the package does not know yet, so
    a newer server never crashes an older client. Catch a whole category with
    ``except PnsError.of(Category.PNS)``.
    """

    _by_category: ClassVar[dict[Category, type[PnsError]]] = {}
    caught_category: ClassVar[Category | None] = None

    def __init__(self, code: int, msg: str = "", request_id: str | None = None, data: Any = None) -> None:
        self.code = code
        self.error: ErrorCode | None = ErrorCode.get(code)
        self.msg = msg
        self.request_id = request_id
        self.data = data
        super().__init__(code, msg, request_id)

    @classmethod
    def of(cls, category: Category) -> type[PnsError]:
        """The subclass raised for every code of ``category``, known or not yet known."""
        sub = PnsError._by_category.get(category)
        if sub is None:
            name = f"PnsError[{category.name}]"
            sub = type(name, (PnsError,), {"__module__": "pns_errors", "__qualname__": name})
            sub.caught_category = category
            PnsError._by_category[category] = sub
        return sub

    @classmethod
    def from_code(cls, code: int, msg: str = "", request_id: str | None = None, data: Any = None) -> PnsError:
        """A PnsError of the class for the code's category."""
        category = category_of(code)
        kind = PnsError.of(category) if category is not None else PnsError
        return kind(code, msg, request_id, data)

    @property
    def category(self) -> Category | None:
        return category_of(self.code)

    @property
    def retry(self) -> Retry:
        """Whether to send the request again; ``Retry.NO`` for a code this package does not know."""
        return self.error.retry if self.error else Retry.NO

    @property
    def retryable(self) -> bool:
        """True when the same request (rebuilt, for ``Retry.REFRESH``) may succeed if sent again."""
        return self.retry is not Retry.NO

    @property
    def fix_by(self) -> FixBy | None:
        """Whose side must act; None for a code this package does not know."""
        return self.error.fix_by if self.error else None

    @property
    def doc_url(self) -> str:
        """The code's page; for an unknown code, the site's lookup of it."""
        return self.error.doc_url if self.error else f"{SITE_URL}?code={self.code}"

    def __str__(self) -> str:
        what = f"{self.error.name}: {self.error.message}" if self.error else "unknown code"
        said = f"; server said {self.msg!r}" if self.msg and (not self.error or self.msg != self.error.message) else ""
        request = f"; requestId {self.request_id}" if self.request_id else ""
        return f"PNS error {self.code} {what}{said}{request} (see {self.doc_url})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code}, msg={self.msg!r}, request_id={self.request_id!r})"


def raise_for_response(body: Mapping[str, Any] | str | bytes) -> Any:
    """Return ``data`` of a successful response; raise ``PnsError`` for an error code.

    ``body`` is the decoded JSON (a dict), or its text. Anything that is not the
    API's envelope raises ``NotAnEnvelope`` (a ``ValueError``), never ``PnsError``.
    """
    if isinstance(body, str | bytes):
        import json  # only for bodies passed as text; keeps `import pns_errors` light

        try:
            body = json.loads(body)
        except ValueError as error:
            raise NotAnEnvelope(f"response body is not JSON: {error}") from None
    if not isinstance(body, Mapping):
        raise NotAnEnvelope(f"response body is a JSON {type(body).__name__}, not an object with a `code`")
    if "code" not in body:
        raise NotAnEnvelope(f"response body has no `code` field (keys: {', '.join(map(str, body)) or 'none'})")
    code = body["code"]
    if isinstance(code, bool) or not isinstance(code, int):
        raise NotAnEnvelope(f"response `code` is {code!r}, not an integer")
    if code == 0:
        return body.get("data")
    msg = body.get("msg")
    request_id = body.get("requestId")
    raise PnsError.from_code(
        code,
        msg if isinstance(msg, str) else "",
        str(request_id) if request_id is not None else None,
        body.get("data"),
    )
