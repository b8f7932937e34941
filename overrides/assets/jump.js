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

  // The finder: the rules and patterns of pns_errors._finder, verbatim (a test compares
  // them, and tests/finder_cases.json runs through both). Case-insensitive, like Python's.
  var PATTERNS = {
    field: String.raw`(?<![A-Za-z0-9_$-])["']?code["']?\s*[:=]\s*["']?(-?[0-9]+)(?![0-9.])`,
    marker: String.raw`(?:(?<![A-Za-z0-9_])(?:pns\s+)?(?:error|err)\s*[:#：]?\s*|错误码\s*[:：]?\s*|错误代码\s*[:：]?\s*|/errors/)([0-9]{1,10})(?![0-9]|[.:/-][0-9])|(?<![A-Za-z0-9_#&])(?:E|#)\s?([0-9]{4,9})(?![0-9.])`,
    requestId: String.raw`request[_-]?id["']?(?:\s*[:=]\s*["']?([A-Za-z0-9][A-Za-z0-9_-]{0,63})|\s+([A-Za-z0-9_-]*[0-9][A-Za-z0-9_-]{0,63}))`,
    messageField: String.raw`(?<![A-Za-z0-9_$-])["']?(?:msg|message)["']?\s*[:=]\s*(?:"([^"\n]{1,300})"|'([^'\n]{1,300})'|([^"',;}\n][^,;}\n]{0,299}))`,
    messageTrim: "^[\\s\"'`]+|[\\s\"'`.!?;:,。、]+$"
  };

  // pns_errors._lookup.message_key: NFKC, lower case, one space for each run, no quotes or
  // trailing punctuation around. tests/lookup_cases.json ("message") runs both.
  function messageKey(text) {
    return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").replace(new RegExp(PATTERNS.messageTrim, "g"), "");
  }

  // pns_errors._lookup.terms and score: how well words match a code (its code, names, wordings
  // in every language and variants, synonyms); the same numbers, so the same codes in the same order.
  function termsOf(row) {
    if (!row.terms) {
      row.terms = { names: row[5].join(" ").toLowerCase(), wordings: (row[6] || []).map(messageKey),
                    synonyms: (row[7] || []).map(messageKey) };
    }
    return row.terms;
  }

  function inOrder(word, text) {
    var at = 0;
    for (var i = 0; i < word.length; i++) {
      at = text.indexOf(word[i], at) + 1;
      if (!at) return false;
    }
    return true;
  }

  function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  function score(query, row) {
    var key = messageKey(query), terms = termsOf(row);
    if (!key) return 0;
    if (terms.wordings.indexOf(key) >= 0) return 1000;
    if (terms.synonyms.indexOf(key) >= 0) return 500;
    if (terms.wordings.some(function (w) { return w.indexOf(key) === 0; })) return 200;
    var said = terms.wordings.join(" | "), others = terms.synonyms.join(" | "), total = 0;
    var words = key.split(/[\s,;]+/).filter(Boolean);
    for (var i = 0; i < words.length; i++) {
      var word = words[i], atStart = new RegExp("(?:^|[^a-z0-9_])" + escapeRegExp(word));
      var ascii = /^[\x00-\x7f]*$/.test(word);
      if (word === String(row[0]) || parseCode(word) === row[0]) total += 100;
      else if (terms.names.indexOf(word) >= 0) total += 20;
      else if (atStart.test(said)) total += 10;
      else if (said.indexOf(word) >= 0) total += 5;
      else if (atStart.test(others)) total += 8;
      else if (others.indexOf(word) >= 0) total += 4;
      else if (!ascii && terms.wordings.some(function (w) { return inOrder(word, w); })) total += 3;
      else if (!ascii && terms.synonyms.some(function (w) { return inOrder(word, w); })) total += 2;
      else return 0;
    }
    return total;
  }

  function search(query, data) {
    return data.codes.map(function (row) { return [score(query, row), row]; })
      .filter(function (pair) { return pair[0] > 0; })
      .sort(function (a, b) { return b[0] - a[0] || a[1][0] - b[1][0]; })
      .map(function (pair) { return pair[1]; });
  }

  // Rule 5 of the finder: the code whose wording a text is, by messageKey; null when none.
  function byMessage(text, data) {
    if (text.length > 300) return null;
    var key = messageKey(text);
    if (!data.byMessage) {
      data.byMessage = {};
      data.codes.forEach(function (row) {
        termsOf(row).wordings.forEach(function (w) { if (!(w in data.byMessage)) data.byMessage[w] = row[0]; });
      });
    }
    return Object.prototype.hasOwnProperty.call(data.byMessage, key) ? data.byMessage[key] : null;
  }

  function messageCodes(text, data) {
    var codes = [], re = new RegExp(PATTERNS.messageField, "gi"), match;
    while ((match = re.exec(text))) {
      var code = byMessage(match[1] || match[2] || "", data);
      if (match[3]) {  // unquoted, up to the line's end: the longest run of its first words that is a wording
        var words = match[3].trim().split(/\s+/);
        for (var n = words.length, code = null; n > 0 && code === null; n--) code = byMessage(words.slice(0, n).join(" "), data);
      }
      if (code !== null && codes.indexOf(code) < 0) codes.push(code);
    }
    if (!codes.length) {
      var whole = byMessage(text, data);
      if (whole !== null) codes.push(whole);
    }
    return codes;
  }
  var MAX_RECORD = 64 * 1024, MAX_CODE = 2147483647;

  // Lines, joined while a JSON object spans several (braces not yet balanced).
  function records(text) {
    var lines = text.match(/[^\n]*\n|[^\n]+$/g) || [];
    var out = [], pending = [], depth = 0, size = 0;
    lines.forEach(function (line) {
      depth += (line.match(/\{/g) || []).length - (line.match(/\}/g) || []).length;
      if (pending.length || depth > 0) {
        pending.push(line);
        size += line.length;
        if (depth <= 0 || size > MAX_RECORD) { out.push(pending.join("")); pending = []; depth = 0; size = 0; }
      } else {
        depth = 0;
        out.push(line);
      }
    });
    if (pending.length) out.push(pending.join(""));
    return out;
  }

  function namesOf(data) {
    var byName = {};
    data.codes.forEach(function (row) { (row[5] || []).forEach(function (name) { byName[name] = row[0]; }); });
    var words = Object.keys(byName).sort(function (a, b) { return b.length - a.length; });
    return { byName: byName, pattern: words.length ? "(?<![A-Za-z0-9_])(?:" + words.join("|") + ")(?![A-Za-z0-9_])" : null };
  }

  function scan(text, data) {
    var names = namesOf(data), found = [], byCode = {}, successes = 0, count = 0;
    records(text).forEach(function (record) {
      count++;
      var line = record.normalize("NFKC"), hits = [], match, re;
      re = new RegExp(PATTERNS.field, "gi");
      while ((match = re.exec(line))) hits.push([match.index, Number(match[1])]);
      re = new RegExp(PATTERNS.marker, "gi");
      while ((match = re.exec(line))) hits.push([match.index, Number(match[1] || match[2])]);
      if (names.pattern) {
        re = new RegExp(names.pattern, "g");
        while ((match = re.exec(line))) hits.push([match.index, names.byName[match[0]]]);
      }
      hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
      var codes = [];
      hits.forEach(function (hit) {
        if (hit[1] === 0) successes++;
        else if (hit[1] > 0 && hit[1] <= MAX_CODE && codes.indexOf(hit[1]) < 0) codes.push(hit[1]);
      });
      var worded = hits.length ? [] : messageCodes(line, data);  // rule 5, only where no code is written
      if (worded.length) codes = worded;
      var ids = [];
      re = new RegExp(PATTERNS.requestId, "gi");
      while ((match = re.exec(line))) {
        var id = match[1] || match[2];
        if (ids.indexOf(id) < 0) ids.push(id);
      }
      codes.forEach(function (code) {
        var item = byCode[code];
        if (!item) {
          item = byCode[code] = { code: code, count: 0, requestIds: [], byMessage: worded.length > 0,
                                  known: data.codes.some(function (row) { return row[0] === code; }) };
          found.push(item);
        } else if (!worded.length) {
          item.byMessage = false;
        }
        item.count++;
        ids.forEach(function (id) { if (item.requestIds.indexOf(id) < 0) item.requestIds.push(id); });
      });
    });
    if (!found.length && count === 1 && !successes) {  // rule 4: the whole paste is one code
      var code = parseCode(text.slice(0, 100));
      if (code) return scan("code=" + code, data);
    }
    return { found: found, success: successes > 0 };
  }

  // The wording, in the page's language (<html lang>, from theme.language); {0}, {1} are filled in.
  var WORDS = {
    en: {
      copy: "Copy", copyLabel: "Copy {0}", copied: "Copied",
      notInCatalogNearest: "{0} — not in this catalog (nearest: {1})",
      success: "This response is a success (code 0): there is no error in it.",
      noneFound: "No error code found in what you pasted, and no code's message or synonyms match it. Try the search at the top of the page.",
      matching: "No error code in that; the codes whose words match it, best first:",
      byMessage: " (recognised by its message)",
      foundOne: "1 error code found", foundMany: "{0} error codes found", andSuccess: " (and a success, code 0)",
      notACode: "“{0}” is not an error code. Type its digits, such as 10004, or use the search at the top of the page.",
      typeACode: "Type an error code, such as 10004.",
      zero: "Code 0 is not an error: it means the request succeeded.",
      unknown: "Error code {0} is not in this catalog. Nearest known codes:",
      loadFailed: "Could not load the list of codes ({0}). Opening the page for {1}.",
      unknownHeading: "Error code {0} is not in this catalog",
      unknownDetail: "It may be newer than this catalog, or mistyped. The nearest known codes:",
      matches: "{0} of {1} codes match", search: "Search"
    },
    zh: {
      copy: "复制", copyLabel: "复制 {0}", copied: "已复制",
      notInCatalogNearest: "{0} — 不在本目录中（最接近的：{1}）",
      success: "这是一个成功的响应（code 为 0），其中没有错误。",
      noneFound: "粘贴的内容中没有找到错误码，也没有与之匹配的错误消息或常见说法。请试试页面顶部的搜索。",
      matching: "其中没有错误码；文字与之匹配的错误码（按匹配程度排列）：",
      byMessage: "（按消息识别）",
      foundOne: "找到 1 个错误码", foundMany: "找到 {0} 个错误码", andSuccess: "（另有一个成功响应，code 为 0）",
      notACode: "“{0}”不是错误码。请输入错误码的数字，例如 10004，或使用页面顶部的搜索。",
      typeACode: "请输入错误码，例如 10004。",
      zero: "code 0 不是错误：它表示请求成功。",
      unknown: "错误码 {0} 不在本目录中。最接近的已知错误码：",
      loadFailed: "无法加载错误码列表（{0}）。正在打开 {1} 的页面。",
      unknownHeading: "错误码 {0} 不在本目录中",
      unknownDetail: "它可能比本目录新，也可能输错了。最接近的已知错误码：",
      matches: "{1} 个错误码中有 {0} 个匹配", search: "搜索"
    }
  };
  var language = (document.documentElement.lang || "en").toLowerCase().split("-")[0];
  function t(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var text = (WORDS[language] || WORDS.en)[key] || WORDS.en[key];
    return text.replace(/\{(\d)\}/g, function (_, i) { return String(args[Number(i)]); });
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

  function copyButton(text) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = t("copy");
    button.setAttribute("aria-label", t("copyLabel", text));
    button.addEventListener("click", function () {
      if (navigator.clipboard) navigator.clipboard.writeText(text).then(function () { button.textContent = t("copied"); });
    });
    return button;
  }

  // Several codes, or unknown ones: list each with its message, link and requestIds.
  function listFound(box, result, data) {
    var list = document.createElement("ul");
    list.className = "jump-found";
    result.found.forEach(function (item) {
      var row = data.codes.find(function (r) { return r[0] === item.code; });
      var li = document.createElement("li");
      if (row) {
        var link = document.createElement("a");
        link.href = pageOf(item.code);
        link.textContent = item.code + " — " + row[4];
        li.appendChild(link);
      } else {
        var near = nearest(item.code, data, 3).map(function (r) { return r[0]; }).join(", ");
        li.appendChild(document.createTextNode(t("notInCatalogNearest", item.code, near)));
      }
      if (item.byMessage) li.appendChild(document.createTextNode(t("byMessage")));
      if (item.count > 1) li.appendChild(document.createTextNode(" ×" + item.count));
      item.requestIds.forEach(function (id) {
        var span = document.createElement("span");
        span.className = "request-id";
        var code = document.createElement("code");
        code.textContent = id;
        span.appendChild(document.createTextNode(" requestId "));
        span.appendChild(code);
        span.appendChild(copyButton(id));
        li.appendChild(document.createTextNode(" "));
        li.appendChild(span);
      });
      list.appendChild(li);
    });
    box.appendChild(list);
  }

  // Whatever was pasted: a response, a log, a traceback, a link.
  function findIn(form, text) {
    var box = form.querySelector(".jump-result");
    return loadCatalog().then(function (data) {
      var result = scan(text, data);
      var known = result.found.filter(function (f) { return f.known; });
      if (result.found.length === 1 && known.length === 1) {
        location.assign(pageOf(known[0].code));
        return true;
      }
      if (!result.found.length) {
        // Words rather than a code: the codes `pns-errors search` gives for them, best first.
        var rows = result.success || text.indexOf("\n") >= 0 ? [] : search(text, data).slice(0, 5);
        if (rows.length) say(box, t("matching"), rows);
        else say(box, result.success ? t("success") : t("noneFound"));
        return false;
      }
      say(box, (result.found.length > 1 ? t("foundMany", result.found.length) : t("foundOne")) +
               (result.success ? t("andSuccess") : "") + (language === "zh" ? "：" : ":"));
      listFound(box, result, data);
      return false;
    });
  }

  function jump(form, text, replace) {
    var box = form.querySelector(".jump-result");
    var code = text.indexOf("\n") < 0 && text.trim().length <= 40 ? parseCode(text) : null;
    if (code === null && text.trim() && !replace) return findIn(form, text);
    if (code === null) {
      say(box, text.trim() ? t("notACode", text.trim()) : t("typeACode"));
      return Promise.resolve(false);
    }
    if (code === 0) {
      say(box, t("zero"));
      return Promise.resolve(false);
    }
    return loadCatalog().then(function (data) {
      if (data.codes.some(function (row) { return row[0] === code; })) {
        if (replace) location.replace(pageOf(code)); else location.assign(pageOf(code));
        return true;
      }
      say(box, t("unknown", code), nearest(code, data));
      return false;
    }).catch(function (error) {
      say(box, t("loadFailed", error.message, code));
      location.assign(pageOf(code));
      return false;
    });
  }

  function initJumpBoxes() {
    document.querySelectorAll("form[data-jump]").forEach(function (form) {
      if (form.dataset.ready) return;
      form.dataset.ready = "1";
      var input = form.querySelector("[name=code]");
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        jump(form, input.value, false);
      });
      // A text area for pastes: Enter looks up, Shift+Enter adds a line; it grows with its text.
      input.addEventListener("keydown", function (event) {
        if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
          event.preventDefault();
          form.requestSubmit();
        }
      });
      input.addEventListener("input", function () {
        input.rows = Math.min(Math.max(input.value.split("\n").length, 1), 12);
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
    // A static host answers every missing page with the root 404.html, also under /zh/:
    // send the reader to that language's 404 page, which puts the address back.
    var missing = new URLSearchParams(location.search).get("missing");
    if (missing !== null) {
      if (/^\/(?!\/)/.test(missing)) history.replaceState(null, "", missing);
    } else {
      var rest = location.pathname.slice(ROOT.pathname.length);
      var other = (box.dataset.roots || "").split(" ").filter(function (root) {
        return root && rest.indexOf(root) === 0 && rest !== root + "404.html";
      })[0];
      if (other) {
        location.replace(new URL(other + "404.html", ROOT).href + "?missing=" +
                         encodeURIComponent(location.pathname + location.search + location.hash));
        return;
      }
    }
    var match = /\/errors\/([^\/]+)\/?$/.exec(location.pathname);
    if (!match) return;
    var heading = box.querySelector("h1");
    var detail = box.querySelector(".not-found-detail");
    var code = parseCode(decodeURIComponent(match[1]));
    if (code === null) return;
    heading.textContent = t("unknownHeading", code);
    loadCatalog().then(function (data) {
      say(detail, t("unknownDetail"), nearest(code, data));
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
      status.textContent = words.length || who ? t("matches", shown, rows.length) : "";
    }
    input.addEventListener("input", apply);
    if (fixBy) fixBy.addEventListener("change", apply);
    apply();
  }

  // Material's search is a role="dialog" without a name; screen readers announce it as "Search".
  function nameTheSearchDialog() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", t("search"));
  }

  function init() {
    nameTheSearchDialog();
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
    patterns: PATTERNS,
    messageKey: messageKey,
    byMessage: function (text) { return loadCatalog().then(function (data) { return byMessage(text, data); }); },
    search: function (text) {
      return loadCatalog().then(function (data) { return search(text, data).map(function (row) { return row[0]; }); });
    },
    findCodes: function (text) { return loadCatalog().then(function (data) { return scan(text, data); }); },
    categoryOf: function (code) { return loadCatalog().then(function (data) { return categoryOf(code, data); }); },
    nearest: function (code) {
      return loadCatalog().then(function (data) { return nearest(code, data).map(function (row) { return row[0]; }); });
    }
  };
})();
