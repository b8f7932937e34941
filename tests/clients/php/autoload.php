<?php

// A stand-in for Composer's vendor/autoload.php (Packagist is out of reach of the tests): the
// PSR-4 mapping of the package's composer.json, so that a wrong mapping fails the tests too.

declare(strict_types=1);

(static function (): void {
    $package = dirname(__DIR__);
    $manifest = json_decode((string) file_get_contents($package . '/composer.json'), true, 512, JSON_THROW_ON_ERROR);
    foreach ($manifest['autoload']['psr-4'] as $prefix => $folder) {
        spl_autoload_register(static function (string $class) use ($package, $prefix, $folder): void {
            if (str_starts_with($class, $prefix)) {
                $file = $package . '/' . $folder . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
                if (is_file($file)) {
                    require $file;
                }
            }
        });
    }
})();
