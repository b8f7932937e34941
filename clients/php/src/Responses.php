<?php

// generated from errors.yaml by `python -m generator`; do not edit

declare(strict_types=1);

namespace PnsErrors;

use JsonException;

/**
 * Turning an API response into data or a PnsException.
 */
final class Responses
{
    /**
     * The `data` of a successful response (code 0); a PnsException for an error code.
     *
     * @param string|array<mixed> $body the response body's JSON text, or its json_decode($text, true)
     *
     * @throws PnsException           the envelope's code is not 0
     * @throws NotAnEnvelopeException the body is not the API's envelope (never a PnsException)
     */
    public static function raiseForResponse(string|array $body): mixed
    {
        if (is_string($body)) {
            try {
                $body = json_decode($body, true, 512, JSON_THROW_ON_ERROR);
            } catch (JsonException $e) {
                throw new NotAnEnvelopeException('response body is not JSON: ' . $e->getMessage(), 0, $e);
            }
            if (!is_array($body)) {
                throw new NotAnEnvelopeException('response body is JSON ' . get_debug_type($body) . ', not an object');
            }
        }
        if (!array_key_exists('code', $body)) {
            throw new NotAnEnvelopeException('response body has no `code` field');
        }
        $code = $body['code'];
        if (!is_int($code)) {
            throw new NotAnEnvelopeException('response `code` is ' . get_debug_type($code) . ', not an integer');
        }
        if ($code === 0) {
            return $body['data'] ?? null;
        }
        $msg = $body['msg'] ?? null;
        $requestId = $body['requestId'] ?? null;
        throw new PnsException(
            $code,
            is_string($msg) ? $msg : '',
            is_scalar($requestId) ? (string) $requestId : null,
            $body['data'] ?? null,
        );
    }
}
