<?php

// generated from errors.yaml by `python -m generator`; do not edit

declare(strict_types=1);

namespace PnsErrors;

use RuntimeException;
use Throwable;

/**
 * The API answered with a non-zero error code: getCode() is that code.
 *
 * $error is null for a code this version of the library does not know yet, so a newer server
 * never crashes an older client; category() still places such a code by its range.
 */
final class PnsException extends RuntimeException
{
    /** The code's entry, or null for a code this version of the library does not know. */
    public readonly ?ErrorCode $error;

    /**
     * @param int         $code      the envelope's `code`
     * @param string      $msg       the envelope's `msg`: the server's own wording ('' when absent)
     * @param string|null $requestId the envelope's `requestId`, to quote when asking for support
     * @param mixed       $data      the envelope's `data`
     */
    public function __construct(
        int $code,
        public readonly string $msg = '',
        public readonly ?string $requestId = null,
        public readonly mixed $data = null,
        ?Throwable $previous = null,
    ) {
        parent::__construct('', $code, $previous);
        $this->error = ErrorCode::tryFrom($code);
        $what = $this->error === null ? 'unknown code' : $this->error->name . ': ' . $this->error->message();
        $said = $msg !== '' && $msg !== $this->error?->message() ? "; server said '" . $msg . "'" : '';
        $request = $requestId !== null && $requestId !== '' ? '; requestId ' . $requestId : '';
        $this->message = sprintf('PNS error %d %s%s%s (see %s)', $code, $what, $said, $request, $this->docUrl());
    }

    /**
     * The code's group, also for a code this library does not know (from the category ranges).
     */
    public function category(): ?Category
    {
        return Category::ofCode($this->getCode());
    }

    /**
     * Whether to send the request again; Retry::No for a code this library does not know.
     */
    public function retry(): Retry
    {
        return $this->error?->retry() ?? Retry::No;
    }

    /**
     * True when the same request (rebuilt, for Retry::Refresh) may succeed if sent again.
     */
    public function isRetryable(): bool
    {
        return $this->retry()->isRetryable();
    }

    /**
     * Whose side must act; null for a code this library does not know.
     */
    public function fixBy(): ?FixBy
    {
        return $this->error?->fixBy();
    }

    /**
     * The code's page; for an unknown code, the site's lookup of it.
     */
    public function docUrl(): string
    {
        return $this->error?->docUrl() ?? ErrorCode::SITE_URL . '?code=' . $this->getCode();
    }
}
