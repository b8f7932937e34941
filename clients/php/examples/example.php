<?php

// generated from errors.yaml by `python -m generator`; do not edit

declare(strict_types=1);

use PnsErrors\Category;
use PnsErrors\ErrorCode;
use PnsErrors\NotAnEnvelopeException;
use PnsErrors\PnsException;
use PnsErrors\Responses;
use PnsErrors\Retry;

require __DIR__ . '/../vendor/autoload.php';

/**
 * Sends a request until it succeeds or its error says that sending it again cannot help.
 *
 * @param callable(): string $send builds the request (a new ts and sign), sends it, returns the body
 */
function callWithRetry(callable $send, int $attempts = 3): mixed
{
    for ($attempt = 1; ; $attempt++) {
        try {
            return Responses::raiseForResponse($send());
        } catch (PnsException $err) {
            if (!$err->isRetryable() || $attempt === $attempts) {
                throw $err; // Retry::No: fixBy() says whose side must act
            }
            if ($err->retry() === Retry::Backoff) {
                usleep(100_000 * 2 ** $attempt); // a transient failure: wait longer each time
            }
        }
    }
}

// 1. Look a code up: tryFrom() is null for a code newer than this library, never an exception.
$code = ErrorCode::from(1001);
echo $code->value, ' ', $code->message(), ' (', $code->localized('zh')->message, ')', PHP_EOL;
echo $code->category()->title(), ', fixed by ', $code->fixBy()->value, ': ', $code->docUrl(), PHP_EOL;
// A code newer than this library has no case, but its range still gives its category.
if (ErrorCode::tryFrom(19999) === null) {
    echo '19999 is not known yet; its range says: ', Category::ofCode(19999)?->title(), PHP_EOL;
}

// 2. Turn responses into data, or an exception that names the code. Here a stand-in for the
// HTTP call answers 1004 (Timestamp expired) first, then success.
$answers = [
    json_encode(['code' => 1004, 'msg' => 'Timestamp expired', 'requestId' => 'r-1']),
    json_encode(['code' => 0, 'msg' => 'success', 'requestId' => 'r-2', 'data' => ['bindId' => 'b-7']]),
];
$data = callWithRetry(static function () use (&$answers): string {
    return (string) array_shift($answers);
});
echo 'data: ', json_encode($data), PHP_EOL;

try {
    $answer = json_encode(['code' => 1001, 'msg' => 'Missing public parameters', 'requestId' => 'r-3']);
    callWithRetry(static fn (): string => $answer);
} catch (PnsException $err) {
    if ($err->error === ErrorCode::MissingPublicParameters) {
        echo $err->getMessage(), PHP_EOL; // the code, its message, the requestId and the doc URL
    }
}

// 3. A body that is not the API's envelope (a proxy's error page) is not a PnsException.
try {
    Responses::raiseForResponse('<html>502 Bad Gateway</html>');
} catch (NotAnEnvelopeException $err) {
    echo 'not an API response: ', $err->getMessage(), PHP_EOL;
}
