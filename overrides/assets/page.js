// @ts-check
// What every page script needs: the page's language, the site's root, and a way to run
// on each page, also after Material's instant navigation (which keeps the scripts loaded).

/** The page's language (<html lang>, from theme.language): `zh`, `en-XA`. */
export function pageLanguage() {
  return document.documentElement.lang || "en";
}

/** The site's root, from Material's configuration: fixed when the first page loads. */
export function siteRoot() {
  const config = document.getElementById("__config");
  const base = config ? JSON.parse(config.textContent || "{}").base || "." : ".";
  return new URL(String(base).replace(/\/?$/, "/"), location.href);
}

/**
 * Run `init` on this page and on every page instant navigation shows.
 * @param {() => void} init
 */
export function onEveryPage(init) {
  const navigation = window.document$;
  if (navigation && typeof navigation.subscribe === "function") navigation.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
}
