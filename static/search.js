/* Search from the index in search/ (see explainer/site/search.py): files loaded with
   <script src>, which browsers allow from file:// where they refuse fetch. Each file calls
   explainerSearch; a query loads only the shards and result pages its words need. */
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form || !document.createElement("mark").append) return;
  var input = form.querySelector("input[type=search]");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var base = form.getAttribute("data-index").replace(/index\.js$/, "");
  var forms = JSON.parse(form.getAttribute("data-results"));
  var lang = document.documentElement.lang || "en";
  // The results' texts are English where the language has none: English plurals pick them.
  var plural = new Intl.PluralRules(form.getAttribute("data-plural") || lang);
  // Numbers are written as the build writes them, where a browser's own CLDR may group them
  // otherwise (1500 for 1.500): data-number holds the build's 1234567890, in the language's
  // digits (১২৩...) and groups (1,234,567,890; 1,23,45,67,890; 1234567890). A result's date
  // comes written by the build too, as the lists write it.
  var SAMPLE = form.getAttribute("data-number") || "1234567890";
  var DIGITS = SAMPLE.match(/\p{Nd}/gu);  // 1 to 9, then 0
  var GROUPS = SAMPLE.match(/\p{Nd}+/gu).reverse();  // the last first: 890, 567, ...
  var GAP = (SAMPLE.match(/\p{Nd}(\P{Nd}+)\p{Nd}/u) || ["", ""])[1];
  var SHOWN = 20;
  // A screen reader reads the status line out each time it changes: while a reader types, it
  // waits for a pause, so that it says the count once, not once for every letter.
  var PAUSE = 600;
  var manifest = null, shards = {}, docs = {}, loading = {}, latest = 0, saying = 0;

  // As explainer/site/terms.py: the accents a reader types without go (those of Latin, Greek
  // and Cyrillic letters, Hebrew and Arabic points, the Indic nukta); the marks that make
  // another letter stay.
  var ACCENTS = new RegExp("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff" +
    "\ufe20-\ufe2f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a" +
    "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed" +
    "\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc]", "g");
  // Letters folded one for one as terms.py's LETTERS: Latin and Greek ones that do not
  // decompose, the Arabic yeh, alef maksura and kaf as Persian ones, the teh marbuta and
  // Urdu's forms of heh as heh, the Devanagari candrabindu as the anusvara.
  var LETTERS = {"đ": "d", "ð": "d", "ł": "l", "ø": "o", "ħ": "h", "ı": "i", "ς": "σ",
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0629": "\u0647",
    "\u06c1": "\u0647", "\u06c3": "\u0647", "\u06be": "\u0647", "\u0901": "\u0902"};
  var FOLDED = new RegExp("[" + Object.keys(LETTERS).join("") + "]", "g");
  // Hebrew's geresh and gershayim, and the marks a reader types for them (צה"ל, ג'ו), go, as
  // terms.py's HEBREW_MARKS: a word keeps its letters together.
  var HEBREW_MARKS = /[\u05f3\u05f4]|(?<=[\u05d0-\u05ea])(?:['\u2019]|["\u201d](?=[\u05d0-\u05ea]))/g;
  // The digits of every script as ASCII ones, as terms.py's latin_digits(): २०२४ is 2024.
  // Unicode gives each script its digits in a run from 0 to 9, so a digit is its place in
  // its run.
  var DIGIT = /\p{Nd}/u, OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;
  function latinDigit(digit) {
    var code = digit.codePointAt(0), start = code;
    while (DIGIT.test(String.fromCodePoint(start - 1))) start--;
    return String((code - start) % 10);
  }
  function fold(text) {
    return text.replace(/[\uff01-\uff5e]/g, function (wide) {
      return String.fromCharCode(wide.charCodeAt(0) - 0xfee0);  // full width, as ASCII
    }).replace(/\u200c/g, "")  // the non-joiner within a Persian word: کم‌آبی is کمآبی
      .replace(HEBREW_MARKS, "")
      .normalize("NFD").replace(ACCENTS, "").normalize("NFC").toLowerCase()
      .replace(FOLDED, function (letter) { return LETTERS[letter]; })
      .replace(OTHER_DIGIT, latinDigit);
  }
  // Runs of the scripts written without spaces, cut into pairs of letters as terms.py says.
  var UNSPACED_RUNS = new RegExp("([\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff" +
    "\u1950-\u19ff\u1a20-\u1aaf\u2e80-\u2fdf\u3000-\u31ff\u3400-\u4dbf\u4e00-\u9fff" +
    "\ua960-\ua97f\ua9e0-\ua9ff\uaa60-\uaa7f\uac00-\ud7ff\uf900-\ufaff\uff66-\uffdc" +
    "\u{20000}-\u{323af}]+)", "u");
  // A Korean word of a query goes without the particle at its end, where two syllables
  // remain, as terms.py's query_words: the longest first.
  var PARTICLES = ["에서", "으로", "에게", "까지", "부터", "처럼", "보다", "의", "이", "가",
    "은", "는", "을", "를", "에", "와", "과", "도", "만", "로"];
  function withoutParticle(run) {
    if (!/^[\uac00-\ud7a3]+$/.test(run)) return run;
    var particle = PARTICLES.find(function (ending) {
      return run.endsWith(ending) && run.length - ending.length >= 2;
    });
    return particle ? run.slice(0, -particle.length) : run;
  }
  // Initials joined by dots or ampersands are one word, as terms.py's INITIALS: U.S., R&D.
  function joinedInitials(folded) {
    return folded.replace(/(?<![a-z0-9])[a-z](?:[.&][a-z])+(?![a-z0-9])/g, function (found) {
      return found.replace(/[.&]/g, "");
    });
  }
  // An Arabic word of a query keeps its article alone, as terms.py's query_words:
  // بالقاهرة is sought as القاهرة. Words are folded first: ka- is keheh, as kaf folds.
  var ARTICLE_START = /^(?:[\u0648\u0641\u0628\u06a9]?\u0627\u0644|\u0644\u0644)/;
  var ARTICLE = new RegExp(ARTICLE_START.source + "(?=[\u0621-\u064a\u06a9\u06cc]{2})");
  // A query word's other forms, as terms.py's stem() and match(): of five letters or more
  // (the Arabic article counting for none), not of a script without spaces nor with a digit,
  // the words that begin as it does but for its last two letters (keeping four), at most a
  // letter longer than it.
  var INFLECTED = 5, STEM = 4, LONGER = 1;
  var FIRST = 32;  // what the word itself, or a word it begins, counts beyond its other forms
  function stem(word) {
    var letters = Array.from(word), article = word.match(ARTICLE_START);
    var start = article ? article[0].length : 0;
    if (letters.length - start < INFLECTED || UNSPACED_RUNS.test(letters[0]) || /\p{Nd}/u.test(word)) {
      return null;
    }
    return letters.slice(0, start + Math.max(STEM, letters.length - start - 2)).join("");
  }
  /* How a term answers a query word: 0 it is the word, 1 a longer word the word begins (if
     the word is a prefix), 2 another form of the word, -1 not at all. */
  function match(term, word, prefix) {
    if (term === word) return 0;
    if (prefix && term.startsWith(word)) return 1;
    var beginning = stem(word);
    return beginning && term.startsWith(beginning) &&
      Array.from(term).length <= Array.from(word).length + LONGER ? 2 : -1;
  }
  function wordsOf(text) {
    var terms = [];
    (joinedInitials(fold(text)).match(/[\p{L}\p{M}\p{N}]+/gu) || []).forEach(function (run) {
      // split() gives the parts between the runs without spaces, then each such run.
      run.split(UNSPACED_RUNS).forEach(function (part, i) {
        var letters = Array.from(i % 2 ? withoutParticle(part) : part);
        if (i % 2 === 0) {
          if (letters.length > 1) terms.push(part.replace(ARTICLE, "\u0627\u0644"));
          return;
        }
        for (var k = 0; k < Math.max(letters.length - 1, 1); k++) {
          terms.push(letters.slice(k, k + 2).join(""));
        }
      });
    });
    return terms;
  }
  // The runs without spaces of a query, whole: a text's run is marked where it holds one, not
  // at each of its pairs (a pair of Thai letters, "\u0e32\u0e19", is in many other words).
  function runsOf(text) {
    var runs = [];
    (joinedInitials(fold(text)).match(/[\p{L}\p{M}\p{N}]+/gu) || []).forEach(function (run) {
      run.split(UNSPACED_RUNS).forEach(function (part, i) {
        if (i % 2) runs.push(withoutParticle(part));
      });
    });
    return runs;
  }
  function fileName(key) {
    if (/^[a-z0-9]+$/.test(key)) return key;
    return "x" + Array.from(new TextEncoder().encode(key), function (b) {
      return b.toString(16).padStart(2, "0");
    }).join("");
  }
  function load(src) {
    if (!loading[src]) {
      loading[src] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = base + src;
        script.onload = resolve;
        script.onerror = reject;
        document.head.append(script);
      });
    }
    return loading[src];
  }

  window.explainerSearch = {
    manifest: function (data) { manifest = data; },
    terms: function (key, words) { shards[key] = words; },
    docs: function (number, items) { docs[number] = items; }
  };

  /* Whether a word of the query may begin longer ones: the word typed last, and a letter
     alone, which begins the pairs a script without spaces is cut into (東 finds 東京). */
  function isPrefix(words, i) {
    return i === words.length - 1 || Array.from(words[i]).length === 1;
  }
  /* The shards a word needs: the one holding it, and for a prefix those holding longer
     words that begin with it, unless they weigh more than the budget or the word is the
     Arabic article (or a letter joined before it) with less than two letters after it: ال,
     الم, بالم begin most Arabic words (terms.py's narrow()). */
  function shardsFor(word, prefix) {
    var sizes = manifest.shards, holder = null, weight = 0;
    var longer = Object.keys(sizes).filter(function (key) {
      if (word.startsWith(key) && (!holder || key.length > holder.length)) holder = key;
      return key.length > word.length && key.startsWith(word);
    });
    longer.forEach(function (key) { weight += sizes[key]; });
    var article = word.match(ARTICLE_START);
    var narrow = !article || Array.from(word.slice(article[0].length)).length >= 2;
    var found = prefix && narrow && weight <= manifest.prefix_budget ? longer : [];
    return holder ? found.concat([holder]) : found;
  }
  /* The shards of a word and of its other forms: its stem's, as a prefix's. */
  function needed(word, prefix) {
    var beginning = stem(word), keys = shardsFor(word, prefix);
    return beginning ? Array.from(new Set(keys.concat(shardsFor(beginning, true)))) : keys;
  }
  function weights(word, prefix) {
    var best = new Map();
    needed(word, prefix).forEach(function (key) {
      var words = shards[key];
      Object.keys(words).forEach(function (term) {
        var how = match(term, word, prefix), doc = 0;
        if (how < 0) return;
        // The word itself counts more than a longer one it begins (Niger before Nigeria),
        // and both more than its other forms, wherever these are.
        var score = (how === 2 ? 0 : FIRST) - (how && 1);
        words[term].forEach(function (entry) {
          doc += entry >> 4;
          best.set(doc, Math.max(best.get(doc) || 0, 2 * (entry & 15) + score));
        });
      });
    });
    return best;
  }
  function rank(words) {
    var scores = null;
    words.forEach(function (word, i) {
      var found = weights(word, isPrefix(words, i));
      var next = new Map();
      found.forEach(function (weight, doc) {
        if (!scores || scores.has(doc)) next.set(doc, (scores ? scores.get(doc) : 0) + weight);
      });
      scores = next;
    });
    return Array.from(scores.entries()).sort(function (a, b) {
      return b[1] - a[1] || a[0] - b[0];
    }).map(function (entry) { return entry[0]; });
  }

  /* The stretches of a text to mark, [start, end), in order: each word that begins with a
     word of the query, and in a run of a script without spaces each of the query's own such
     runs (a run whose folding changes its length is left unmarked). */
  function begins(part, words) {
    var folded = fold(part);
    return words.some(function (word) {
      return folded.startsWith(word) || match(folded, word, false) === 2;
    });
  }
  function stretches(text, marks) {
    // A word joined by non-joiners is one word, whose parts a reader may also type apart;
    // so is a Hebrew word whose letters a geresh or gershayim parts (צה״ל).
    var found = [], run, pattern = new RegExp("[\\p{L}\\p{M}\\p{N}]+(?:(?:\u200c|" +
      HEBREW_MARKS.source + ")[\\p{L}\\p{M}\\p{N}]+)*", "gu");
    while ((run = pattern.exec(text)) !== null) {
      var at = run.index;
      run[0].split(UNSPACED_RUNS).forEach(function (part, i) {
        var folded = fold(part);
        if (i % 2 === 0 && begins(part, marks.words)) {
          found.push([at, at + part.length]);
        } else if (i % 2 === 0) {
          part.split("\u200c").reduce(function (start, piece) {
            if (piece !== part && begins(piece, marks.words)) {
              found.push([start, start + piece.length]);
            }
            return start + piece.length + 1;
          }, at);
        } else if (folded.length === part.length) {
          marks.runs.forEach(function (word) {
            for (var k = folded.indexOf(word); k >= 0; k = folded.indexOf(word, k + 1)) {
              found.push([at + k, at + k + word.length]);
            }
          });
        }
        at += part.length;
      });
    }
    return found.sort(function (a, b) { return a[0] - b[0]; });
  }
  function highlighted(text, marks) {
    var out = document.createDocumentFragment(), start = 0, mark = null;
    stretches(text, marks).forEach(function (stretch) {
      if (mark && stretch[0] <= start) {  // overlapping pairs, or touching ones: one mark
        mark.textContent += text.slice(start, Math.max(start, stretch[1]));
        start = Math.max(start, stretch[1]);
        return;
      }
      out.append(text.slice(start, stretch[0]));
      mark = document.createElement("mark");
      mark.textContent = text.slice(stretch[0], stretch[1]);
      out.append(mark);
      start = stretch[1];
    });
    out.append(text.slice(start));
    return out;
  }
  function item(doc, marks) {
    var li = document.createElement("li"), h = document.createElement("h2");
    var a = document.createElement("a"), p = document.createElement("p");
    var time = document.createElement("time");
    li.className = "explainer-item";
    // An address from the edition's folder, which holds this page: its own relative link.
    a.href = doc[2];
    a.append(highlighted(doc[0], marks));
    h.append(a);
    p.className = "dek";
    p.append(highlighted(doc[1], marks));
    time.dateTime = doc[3];
    time.textContent = doc[4];
    time.className = "meta";
    li.append(h, p, time);
    return li;
  }
  // A count as the build writes numbers: its digits, parted as the SAMPLE is.
  function number(count) {
    var letters = Array.from(String(count), function (digit) {
      return DIGITS[(+digit + 9) % 10];
    });
    var parts = [], size = Array.from(GROUPS[0]).length;
    while (GAP && letters.length > size) {
      parts.unshift(letters.splice(-size).join(""));
      size = Array.from(GROUPS[1]).length;
    }
    return [letters.join("")].concat(parts).join(GAP);
  }
  function say(count, query) {
    var text = forms[plural.select(count)] || forms.other;
    return text.replace("{count}", number(count)).replace("{query}", query);
  }

  function announce(text, asked, typing) {
    clearTimeout(saying);
    saying = setTimeout(function () {
      if (asked === latest) status.textContent = text;
    }, typing ? PAUSE : 0);
  }

  var ready = load("index.js");
  function search(query, typing) {
    var asked = ++latest, words = wordsOf(query);
    if (!words.length) {
      list.replaceChildren();
      list.removeAttribute("aria-busy");
      // A query without a word to look for ("5-4", an emoji) finds nothing, and is answered
      // as one that matches nothing is: only an empty field says nothing.
      if (query.trim()) return Promise.resolve(announce(say(0, query.trim()), asked, typing));
      clearTimeout(saying);
      status.textContent = "";
      return Promise.resolve();
    }
    return ready.then(function () { return show(query, words, asked, typing); });
  }
  function show(query, words, asked, typing) {
    var files = new Set();
    words.forEach(function (word, i) {
      needed(word, isPrefix(words, i)).forEach(function (key) {
        files.add("terms/" + fileName(key) + ".js");
      });
    });
    return Promise.all(Array.from(files, load)).then(function () {
      if (asked !== latest) return;
      var found = rank(words), shown = found.slice(0, SHOWN);
      var pages = new Set(shown.map(function (n) { return Math.floor(n / manifest.docs); }));
      // The results are counted at once, and shown in order as the files with their titles
      // come in. A broad word's twenty results may lie in twenty files, which a browser hands
      // over together after some 70 ms (from file://): the first result's file is asked for
      // alone, and shown in a few, before the others. The list is busy until all are in.
      announce(say(found.length, query.trim()) + (found.length > SHOWN
        ? " " + form.getAttribute("data-more").replace("{shown}", number(SHOWN)) : ""), asked, typing);
      list.replaceChildren();
      list.setAttribute("aria-busy", "true");
      var marks = {words: words, runs: runsOf(query)};
      function fill() {
        if (asked !== latest) return;
        var items = [];
        for (var i = 0; i < shown.length; i++) {
          var page = docs[Math.floor(shown[i] / manifest.docs)];
          if (!page) break;
          items.push(item(page[shown[i] % manifest.docs], marks));
        }
        if (items.length > list.children.length) list.replaceChildren.apply(list, items);
        if (items.length === shown.length) list.removeAttribute("aria-busy");
      }
      fill();
      var titles = Array.from(pages, function (n) { return "docs/" + n + ".js"; });
      if (!titles.length) return;
      return load(titles[0]).then(function () {
        fill();
        return Promise.all(titles.slice(1).map(function (file) {
          return load(file).then(fill);
        }));
      });
    });
  }

  /* The query goes into the page's address, as ?q=: a reader who follows a result and comes
     back finds it again, and may keep or share the address. */
  function remember(query) {
    var address = new URL(location.href);
    if (query.trim()) address.searchParams.set("q", query.trim());
    else address.searchParams.delete("q");
    try {
      history.replaceState(null, "", address);
    } catch (refused) {}  // a browser that keeps file:// addresses as they are
  }
  var timer = 0;
  function typed() {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value, true); remember(input.value); }, 40);
  }
  /* While an input method composes (kana on their way to kanji, Korean letters to a syllable,
     a pinyin spelling), the field holds what the reader has not chosen yet: the search waits
     for the word to be committed. */
  input.addEventListener("input", function (event) {
    if (!event.isComposing) typed();
  });
  input.addEventListener("compositionend", typed);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search(input.value);
    remember(input.value);
  });
  ready.then(function () {
    var query = new URLSearchParams(location.search).get("q");
    if (query) input.value = query;
    if (input.value) search(input.value);
  });
}());
