<?php

// The PHP library held to docs/errors.json and tests/clients/cases.json (as tests/test_client_cases.py
// holds Python's), and every code page's snippet run against it. Run by run.sh; prints `checked N codes`.

declare(strict_types=1);

use PnsErrors\Category;
use PnsErrors\ErrorCode;
use PnsErrors\NotAnEnvelopeException;
use PnsErrors\PnsException;
use PnsErrors\Responses;
use PnsErrors\Texts;

set_error_handler(static function (int $level, string $message, string $file, int $line): never {
    throw new ErrorException($message, 0, $level, $file, $line);
});

$package = (string) getenv('PNS_PACKAGE');
require $package . '/vendor/autoload.php';

function readJson(string $path): mixed
{
    return json_decode((string) file_get_contents($path), true, 512, JSON_THROW_ON_ERROR);
}

/** VIRTUAL_NUMBER_EXHAUSTED -> VirtualNumberExhausted: the PHP case of a catalog name. */
function pascal(string $name): string
{
    $parts = preg_split('/[_\-\s]+/', $name, -1, PREG_SPLIT_NO_EMPTY) ?: [];
    return implode('', array_map(static fn (string $part): string => ucfirst(strtolower($part)), $parts));
}

$failures = 0;

function same(mixed $actual, mixed $expected, string $what): void
{
    global $failures;
    if ($actual !== $expected) {
        $failures++;
        echo "FAIL {$what}: got ", var_export($actual, true), ', expected ', var_export($expected, true), PHP_EOL;
    }
}

$json = readJson((string) getenv('PNS_ROOT') . '/docs/errors.json');
$cases = readJson((string) getenv('PNS_CASES'));
$siteUrl = $json['catalog']['site_url'];
$languages = ['en', ...$json['catalog']['languages']];

same(ErrorCode::SITE_URL, $siteUrl, 'ErrorCode::SITE_URL');
same(ErrorCode::VERSION, $json['catalog']['version'], 'ErrorCode::VERSION');
same(ErrorCode::LANGUAGES, $languages, 'ErrorCode::LANGUAGES');

// Categories: ids, titles and ranges.
same(
    array_map(static fn (Category $c): string => $c->value, Category::cases()),
    array_column($json['categories'], 'id'),
    'Category cases',
);
foreach ($json['categories'] as $category) {
    $case = Category::tryFrom($category['id']);
    same($case?->title(), $category['title'], "Category {$category['id']} title");
    same($case?->range(), $category['range'], "Category {$category['id']} range");
}

/** The category whose range holds $code, from errors.json: what Category::ofCode() must say of an unknown code. */
$rangeOf = static function (int $code) use ($json): ?string {
    foreach ($json['categories'] as $category) {
        if ($category['range'] !== null && $code >= $category['range'][0] && $code <= $category['range'][1]) {
            return $category['id'];
        }
    }
    return null;
};

// Every code: the library's case says what errors.json says.
same(
    array_map(static fn (ErrorCode $c): int => $c->value, ErrorCode::cases()),
    array_column($json['errors'], 'code'),
    'ErrorCode cases',
);
foreach ($json['errors'] as $record) {
    $code = $record['code'];
    $case = ErrorCode::tryFrom($code);
    if ($case === null) {
        same(null, $code, "ErrorCode::tryFrom({$code})");
        continue;
    }
    same($case->value, $code, "{$code} value");
    same($case->name, pascal($record['name']), "{$code} name");
    same($case->message(), $record['message'], "{$code} message");
    same($case->category()->value, $record['category'], "{$code} category");
    same(Category::ofCode($code), $case->category(), "Category::ofCode({$code})");
    same($case->fixBy()->value, $record['fix_by'], "{$code} fixBy");
    same($case->retry()->value, $record['retry'], "{$code} retry");
    same($case->isRetryable(), $record['retry'] !== 'no', "{$code} isRetryable");
    same($case->docUrl(), $record['url'], "{$code} docUrl");
    $english = new Texts($record['message'], $record['description'] ?? '', $record['solution'] ?? '');
    foreach ($languages as $lang) {
        $translated = $record['translations'][$lang] ?? [];
        $expected = new Texts(
            ($translated['message'] ?? '') ?: $english->message,
            ($translated['description'] ?? '') ?: $english->description,
            ($translated['solution'] ?? '') ?: $english->solution,
        );
        foreach (['message', 'description', 'solution'] as $key) {
            same($case->localized($lang)->{$key}, $expected->{$key}, "{$code} localized({$lang})->{$key}");
        }
    }
    if (isset($record['translations']['zh']['message'])) {
        $zh = $record['translations']['zh']['message'];
        same($case->localized('zh')->message, $zh, "{$code} zh message");
        same($case->localized('zh_CN.UTF-8')->message, $zh, "{$code} localized(zh_CN.UTF-8)");
    }
    same($case->localized('xx-YY')->message, $record['message'], "{$code} localized(xx-YY) falls back to English");
    try {
        Responses::raiseForResponse(['code' => $code]);
        same('no exception', 'PnsException', "raiseForResponse(code {$code})");
    } catch (PnsException $e) {
        same($e->error, $case, "PnsException({$code})->error");
        same($e->getCode(), $code, "PnsException({$code})->getCode()");
    }
}

// Codes this library does not know: looked up safely, placed by their range.
foreach ($cases['unknown_codes'] as $code) {
    same(ErrorCode::tryFrom($code), null, "ErrorCode::tryFrom({$code})");
    same(Category::ofCode($code)?->value, $rangeOf($code), "Category::ofCode({$code})");
    same((new PnsException($code))->docUrl(), $siteUrl . '?code=' . $code, "PnsException({$code})->docUrl()");
}
same(Category::ofCode(10099)?->value, 'pns', 'Category::ofCode(10099)');
same(Category::ofCode(42), null, 'Category::ofCode(42)');

/** What the library made of a body, in the table's terms (as tests/test_client_cases.py). */
function outcome(string|array $body, string $siteUrl): array
{
    try {
        $data = Responses::raiseForResponse($body);
    } catch (NotAnEnvelopeException) {
        return ['kind' => 'not-an-envelope'];
    } catch (PnsException $e) {
        $url = $e->docUrl();
        return [
            'kind' => 'error',
            'code' => $e->getCode(),
            'known' => $e->error !== null,
            'name' => $e->error?->name,
            'msg' => $e->msg,
            'requestId' => $e->requestId,
            'category' => $e->category()?->value,
            'retry' => $e->retry()->value,
            'fixBy' => $e->fixBy()?->value,
            'url' => str_starts_with($url, $siteUrl) ? substr($url, strlen($siteUrl)) : $url,
        ];
    }
    return ['kind' => 'success', 'data' => $data];
}

foreach ($cases['envelopes'] as $row) {
    $expected = $row['expect'];
    if (isset($expected['name'])) {
        $expected['name'] = pascal($expected['name']);
    }
    ksort($expected);
    $got = outcome($row['body'], $siteUrl);
    ksort($got);
    same($got, $expected, "envelope '{$row['name']}'");
    // The same body already decoded (json_decode($text, true)), where it decodes to an array.
    $decoded = json_decode($row['body'], true);
    if (is_array($decoded)) {
        $got = outcome($decoded, $siteUrl);
        ksort($got);
        same($got, $expected, "envelope '{$row['name']}', decoded");
    }
}

// Every code page's snippet, run with an error body of its code (it rethrows) and a success body.
$snippets = glob((string) getenv('PNS_WRAPPED') . '/*.php') ?: [];
same(count($snippets), count($json['errors']), 'snippets');
$run = static function (string $body, string $file): void {
    require $file;
};
foreach ($snippets as $file) {
    $code = (int) basename($file, '.php');
    try {
        $run(json_encode(['code' => $code, 'msg' => 'm', 'requestId' => 'r']), $file);
        same('no exception', 'PnsException', "snippet {$code}");
    } catch (PnsException $e) {
        same($e->getCode(), $code, "snippet {$code} rethrows");
    }
    $run('{"code":0,"data":{"bindId":"b-7"}}', $file);
}

// The README shows examples/example.php (after its header and autoload lines).
$example = (string) file_get_contents($package . '/examples/example.php');
$program = str_replace('/../vendor/', '/vendor/', substr($example, strpos($example, "\nuse ") + 1));
$readme = (string) file_get_contents($package . '/README.md');
same(str_contains($readme, $program), true, 'README holds examples/example.php');

if ($failures > 0) {
    echo "{$failures} failure(s)", PHP_EOL;
    exit(1);
}
echo 'checked ', count($json['errors']), ' codes', PHP_EOL;
