// The site's own behaviour: the jump box, ?code= deep links, the 404 page's
// suggestions and the errors index filter. Plain JavaScript, no dependencies.
(function () {
  "use strict";

  // Same pattern as pns_errors._lookup.CODE_INPUT; tests feed both the same inputs.
  var CODE_INPUT = /^\s*(?:(?:error|err|code)\s*[:#]?\s*|[#eE]\s*)?([0-9]{1,20})\s*$/i;

  function parseCode(text) {
    // NFKC: full-width digits and marks from a Chinese input method (１００３, ＃１０００４) become ASCII.
    var match = CODE_INPUT.exec(text.normalize("NFKC"));
    return match ? Number(match[1]) : null;
  }

  // The site's root, fixed when the first page loads (instant navigation keeps this script).
  var config = JSON.parse(document.getElementById("__config").textContent);
  var ROOT = new URL(config.base.replace(/\/?$/, "/"), location.href);

  var catalog = null;
  function loadCatalog() {
    if (!catalog) {
      catalog = fetch(new URL("errors/codes.json", ROOT)).then(function (response) {
        if (!response.ok) throw new Error("codes.json: HTTP " + response.status);
        return response.json();
      });
    }
    return catalog;
  }

  function categoryOf(code, data) {
    var known = data.codes.find(function (row) { return row[0] === code; });
    if (known) return known[1];
    for (var id in data.categories) {
      var range = data.categories[id];
      if (range && range[0] <= code && code <= range[1]) return id;
    }
    return null;
  }

  function nearest(code, data, count) {
    var category = categoryOf(code, data);
    return data.codes.slice().sort(function (a, b) {
      return (a[1] !== category) - (b[1] !== category) || Math.abs(a[0] - code) - Math.abs(b[0] - code) || a[0] - b[0];
    }).slice(0, count || 5);
  }

  function pageOf(code) {
    return new URL("errors/" + code + "/", ROOT).href;
  }

  // Messages come from the catalog: always set as text, never as HTML.
  function suggestionList(rows) {
    var list = document.createElement("ul");
    list.className = "jump-suggestions";
    rows.forEach(function (row) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = pageOf(row[0]);
      link.textContent = row[0] + " — " + row[2];
      item.appendChild(link);
      list.appendChild(item);
    });
    return list;
  }

  function say(box, text, rows) {
    box.replaceChildren();
    var line = document.createElement("span");
    line.textContent = text;
    box.appendChild(line);
    if (rows && rows.length) box.appendChild(suggestionList(rows));
  }

  function jump(form, text, replace) {
    var box = form.querySelector(".jump-result");
    var code = parseCode(text);
    if (code === null) {
      say(box, text.trim() ? "“" + text.trim() + "” is not an error code. Type its digits, such as 10004, or use the search at the top of the page."
                           : "Type an error code, such as 10004.");
      return Promise.resolve(false);
    }
    if (code === 0) {
      say(box, "Code 0 is not an error: it means the request succeeded.");
      return Promise.resolve(false);
    }
    return loadCatalog().then(function (data) {
      if (data.codes.some(function (row) { return row[0] === code; })) {
        if (replace) location.replace(pageOf(code)); else location.assign(pageOf(code));
        return true;
      }
      say(box, "Error code " + code + " is not in this catalog. Nearest known codes:", nearest(code, data));
      return false;
    }).catch(function (error) {
      say(box, "Could not load the list of codes (" + error.message + "). Opening the page for " + code + ".");
      location.assign(pageOf(code));
      return false;
    });
  }

  function initJumpBoxes() {
    document.querySelectorAll("form[data-jump]").forEach(function (form) {
      if (form.dataset.ready) return;
      form.dataset.ready = "1";
      var input = form.querySelector("input[name=code]");
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        jump(form, input.value, false);
      });
      var asked = new URLSearchParams(location.search).get("code");
      if (asked !== null) {
        input.value = asked;
        jump(form, asked, true);
      }
    });
  }

  function initNotFound() {
    var box = document.querySelector("[data-not-found]");
    if (!box) return;
    var match = /\/errors\/([^\/]+)\/?$/.exec(location.pathname);
    if (!match) return;
    var heading = box.querySelector("h1");
    var detail = box.querySelector(".not-found-detail");
    var code = parseCode(decodeURIComponent(match[1]));
    if (code === null) return;
    heading.textContent = "Error code " + code + " is not in this catalog";
    loadCatalog().then(function (data) {
      say(detail, "It may be newer than this catalog, or mistyped. The nearest known codes:", nearest(code, data));
    });
  }

  function initFilter() {
    var input = document.querySelector("input[data-filter]");
    if (!input || input.dataset.ready) return;
    input.dataset.ready = "1";
    var status = document.querySelector(".filter-status");
    var fixBy = document.querySelector("select[data-filter-fix-by]");
    var rows = Array.prototype.slice.call(document.querySelectorAll("article table tbody tr"));
    rows.forEach(function (row) { row.dataset.text = row.textContent.toLowerCase(); });
    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var code = parseCode(input.value);
      var who = fixBy ? fixBy.value : "";  // the "Who fixes it" column is the third
      var shown = 0;
      rows.forEach(function (row) {
        var hit = (words.every(function (word) { return row.dataset.text.indexOf(word) >= 0; }) ||
                   (code !== null && row.dataset.text.indexOf(String(code)) >= 0)) &&
                  (!who || (row.cells[2] && row.cells[2].textContent.trim() === who));
        row.hidden = !hit;
        if (hit) shown++;
      });
      document.querySelectorAll("article table").forEach(function (table) {
        var visible = table.querySelector("tbody tr:not([hidden])");
        table.hidden = !visible;
      });
      status.textContent = words.length || who ? shown + " of " + rows.length + " codes match" : "";
    }
    input.addEventListener("input", apply);
    if (fixBy) fixBy.addEventListener("change", apply);
    apply();
  }

  function init() {
    initJumpBoxes();
    initNotFound();
    initFilter();
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
  // What tests/test_lookup_cases.py runs against pns_errors._lookup's table of cases.
  window.pnsErrors = {
    parseCode: parseCode,
    categoryOf: function (code) { return loadCatalog().then(function (data) { return categoryOf(code, data); }); },
    nearest: function (code) {
      return loadCatalog().then(function (data) { return nearest(code, data).map(function (row) { return row[0]; }); });
    }
  };
})();
