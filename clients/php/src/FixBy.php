<?php

// generated from errors.yaml by `python -m generator`; do not edit

declare(strict_types=1);

namespace PnsErrors;

/**
 * Whose side must act for an error code to stop coming back.
 */
enum FixBy: string
{
    /** The customer's developer: the request or the client's code is wrong */
    case Caller = 'caller';
    /** The customer's account administrator or account manager: settings, permissions or numbers */
    case Account = 'account';
    /** NXCLOUD: a failure on the service's side; escalate with the requestId */
    case Provider = 'provider';

    /**
     * What the word means, in the catalog's words.
     */
    public function meaning(): string
    {
        return match ($this) {
            self::Caller => 'the customer\'s developer: the request or the client\'s code is wrong',
            self::Account => 'the customer\'s account administrator or account manager: settings, permissions or numbers',
            self::Provider => 'NXCLOUD: a failure on the service\'s side; escalate with the requestId',
        };
    }
}
