<?php

// generated from errors.yaml by `python -m generator`; do not edit

declare(strict_types=1);

namespace PnsErrors;

/**
 * Whether to send a failed request again, and how.
 */
enum Retry: string
{
    /** No: the same request fails again until something changes */
    case No = 'no';
    /** Yes, at once, with a rebuilt request (a new ts and sign) */
    case Refresh = 'refresh';
    /** Yes, later: the failure is transient; retry with exponential backoff and a limit */
    case Backoff = 'backoff';

    /**
     * What the word means, in the catalog's words.
     */
    public function meaning(): string
    {
        return match ($this) {
            self::No => 'no: the same request fails again until something changes',
            self::Refresh => 'yes, at once, with a rebuilt request (a new ts and sign)',
            self::Backoff => 'yes, later: the failure is transient; retry with exponential backoff and a limit',
        };
    }

    /**
     * True when the same request (rebuilt with a new ts and sign, for Refresh) may succeed if sent again.
     */
    public function isRetryable(): bool
    {
        return $this !== self::No;
    }
}
