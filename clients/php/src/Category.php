<?php

// generated from errors.yaml by `python -m generator`; do not edit

declare(strict_types=1);

namespace PnsErrors;

/**
 * A group of error codes, with the range of codes it holds (future codes included).
 */
enum Category: string
{
    /** Common errors: codes 1000-1999 */
    case Common = 'common';
    /** Privacy number (PNS) errors: codes 10000-19999 */
    case Pns = 'pns';

    /**
     * The category's title on the site.
     */
    public function title(): string
    {
        return match ($this) {
            self::Common => 'Common errors',
            self::Pns => 'Privacy number (PNS) errors',
        };
    }

    /**
     * The lowest and highest code of the category, or null when it has no range.
     *
     * @return array{int, int}|null
     */
    public function range(): ?array
    {
        return match ($this) {
            self::Common => [1000, 1999],
            self::Pns => [10000, 19999],
        };
    }

    /**
     * The category of any code: a known code's own, else the one whose range holds it; null for none.
     */
    public static function ofCode(int $code): ?self
    {
        $known = ErrorCode::tryFrom($code);
        if ($known !== null) {
            return $known->category();
        }
        foreach (self::cases() as $category) {
            $range = $category->range();
            if ($range !== null && $code >= $range[0] && $code <= $range[1]) {
                return $category;
            }
        }
        return null;
    }
}
