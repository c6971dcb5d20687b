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

  var claims = Array.prototype.slice.call(document.querySelectorAll('article.claim'));
  // Lower-cased text of each claim, read once on the first search: reading it from 10,000 cards per keystroke would lag.
  var texts = null;

  function terms() {
    return search.value.toLowerCase().split(/\s+/).filter(function (term) { return term.length > 0; });
  }

  function apply() {
    var wantedVerdict = verdict.value;
    var wantedSource = source.value;
    var wantedTerms = terms();
    if (wantedTerms.length > 0 && texts === null) {
      texts = claims.map(function (claim) { return claim.textContent.toLowerCase(); });
    }

    var shown = 0;
    claims.forEach(function (claim, index) {
      var visible = (wantedVerdict === '' || claim.getAttribute('data-verdict') === wantedVerdict)
        && (wantedSource === '' || claim.getAttribute('data-source') === wantedSource)
        && wantedTerms.every(function (term) { return texts[index].indexOf(term) >= 0; });
      if (claim.hidden === visible) {
        claim.hidden = !visible;
      }

      if (visible) {
        shown++;
      }
    });

    status.textContent = shown === claims.length
      ? 'Showing all ' + claims.length + ' claims.'
      : 'Showing ' + shown + ' of ' + claims.length + ' claims.';
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
  apply();
}());
