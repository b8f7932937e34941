<?php

// generated from errors.yaml by `python -m generator`; do not edit

declare(strict_types=1);

namespace PnsErrors;

use InvalidArgumentException;

/**
 * The body is not the API's {"code", "msg", "requestId", "data"} envelope (not JSON, not an
 * object, no `code`, or a `code` that is not an integer); never a PnsException.
 */
final class NotAnEnvelopeException extends InvalidArgumentException
{
}
