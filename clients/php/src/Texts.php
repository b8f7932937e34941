<?php

// generated from errors.yaml by `python -m generator`; do not edit

declare(strict_types=1);

namespace PnsErrors;

/**
 * What the catalog says about a code in one language: see ErrorCode::localized().
 */
final readonly class Texts
{
    /**
     * @param string $message     the message, as the API's documentation words it
     * @param string $description what the code means (Markdown)
     * @param string $solution    how to fix it (Markdown)
     */
    public function __construct(
        public string $message,
        public string $description,
        public string $solution,
    ) {
    }
}
