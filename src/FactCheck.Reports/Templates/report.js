// Filters and search. The page is complete without this script: it only hides claims, and reveals its own form.
(function () {
  'use strict';

  var form = document.getElementById('filters');
  var verdict = document.getElementById('filter-verdict');
  var source = document.getElementById('filter-source');
  var search = document.getElementById('filter-text');
  var status = document.getElementById('filter-status');
  var none = document.getElementById('no-match');
  if (!form || !verdict || !source || !search || !status || !none) {
    return;
  }

  // The cards with their verdicts and sources, read once, when the browser is idle or at the first filter: a page of
  // 10,000 claims opens without walking them.
  var claims = null;
  var verdicts = null;
  var sources = null;
  // Each claim's own words, folded once, when the browser is idle or at the first search, whichever comes first: its
  // verdict's name (the badge, first in every card), text, quote, source title, note, claimant and tags. Never the
  // page's own words (labels, the permalink, the verdict's meaning).
  var ownWords = '.claim-header .badge, .claim h3, .quoted mark, .quoted figcaption a:first-child, .note bdi, dd.claimant, .tags li';
  var texts = null;

  // The folding quotes are matched with: canonical decomposition, so NFC and NFD agree; case; curly quotes as straight
  // ones and dashes as a hyphen; invisible format characters and variation selectors dropped.
  function fold(text) {
    return text.normalize('NFD').toLowerCase()
      .replace(/i\u0307/g, 'i')
      .replace(/\u00DF/g, 'ss')
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, '\'')
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, '-')
      .replace(/[\u00AD\u0600-\u0605\u061C\u06DD\u070F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFE00-\uFE0F\uFEFF]/g, '');
  }

  function foldTexts() {
    if (texts !== null) {
      return;
    }

    // One query over the whole page, in document order: each badge starts the next card's words.
    var words = [];
    var parts = document.querySelectorAll(ownWords);
    for (var index = 0; index < parts.length; index++) {
      var part = parts[index];
      if (part.classList.contains('badge')) {
        words.push('');
      }

      words[words.length - 1] += '\n' + part.textContent;
    }

    texts = words.map(fold);
  }

  function readCards() {
    if (claims === null) {
      claims = Array.prototype.slice.call(document.querySelectorAll('article.claim'));
      verdicts = claims.map(function (claim) { return claim.getAttribute('data-verdict'); });
      sources = claims.map(function (claim) { return claim.getAttribute('data-source'); });
    }
  }

  function claimCount(count) {
    return count + (count === 1 ? ' claim' : ' claims');
  }

  function apply() {
    var wantedVerdict = verdict.value;
    var wantedSource = source.value;
    var terms = fold(search.value).split(/\s+/).filter(function (term) { return term.length > 0; });
    readCards();
    if (terms.length > 0) {
      foldTexts();
    }

    var shown = 0;
    for (var index = 0; index < claims.length; index++) {
      var visible = (wantedVerdict === '' || verdicts[index] === wantedVerdict)
        && (wantedSource === '' || sources[index] === wantedSource);
      for (var term = 0; visible && term < terms.length; term++) {
        visible = texts[index].indexOf(terms[term]) >= 0;
      }

      var claim = claims[index];
      if (claim.hidden === visible) {
        claim.hidden = !visible;
      }

      if (visible) {
        shown++;
      }
    }

    status.textContent = shown === claims.length
      ? 'Showing all ' + claimCount(claims.length) + '.'
      : 'Showing ' + shown + ' of ' + claimCount(claims.length) + '.';
    none.hidden = shown > 0;
  }

  function clear() {
    verdict.value = '';
    source.value = '';
    search.value = '';
    apply();
  }

  // A link to a claim the filters hide clears them, so every permalink lands on its claim. Returns the element shown again.
  function reveal(fragment) {
    var id;
    try {
      id = decodeURIComponent(fragment);
    } catch (e) {
      return null;
    }

    var target = id ? document.getElementById(id) : null;
    var claim = target ? target.closest('article.claim') : null;
    if (!claim || !claim.hidden) {
      return null;
    }

    clear();
    return target;
  }

  // A highlighted run of a source names the claims that quote it when the reader points at it: built then, so the page
  // does not carry every overlapping claim's text once per run.
  function describe(event) {
    var run = event.target.closest ? event.target.closest('a[data-claims]') : null;
    if (!run || run.title) {
      return;
    }

    run.title = run.getAttribute('data-claims').split(' ').map(function (id) {
      var claim = document.getElementById('claim-' + id);
      return claim ? claim.querySelector('.badge').textContent + ': ' + claim.querySelector('h3').textContent : id;
    }).join(' | ');
  }

  document.addEventListener('mouseover', describe);
  document.addEventListener('focusin', describe);

  // Before the browser follows an in-page link, so it scrolls to the claim once the claim is shown again.
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (link) {
      reveal(link.getAttribute('href').slice(1));
    }
  });

  // For an address typed or reached through history.
  window.addEventListener('hashchange', function () {
    var target = reveal(window.location.hash.slice(1));
    if (target) {
      target.scrollIntoView();
    }
  });

  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function (event) {
    event.preventDefault();
    clear();
  });
  form.addEventListener('input', apply);
  form.hidden = false;

  // Every claim is shown until the reader filters: the page states how many it holds, so nothing is counted now.
  var total = form.getAttribute('data-claims');
  if (total === null) {
    apply();
  } else {
    status.textContent = 'Showing all ' + claimCount(Number(total)) + '.';
  }

  if (window.requestIdleCallback) {
    window.requestIdleCallback(function () {
      readCards();
      foldTexts();
    });
  }
}());
