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

  // A permalink to a claim the filters hide clears them, so the link always lands on its claim.
  function revealTarget() {
    var id;
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch (e) {
      return;
    }

    var target = id ? document.getElementById(id) : null;
    var claim = target ? target.closest('article.claim') : null;
    if (claim && claim.hidden) {
      clear();
      target.scrollIntoView();
    }
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function (event) {
    event.preventDefault();
    clear();
  });
  form.addEventListener('input', apply);
  window.addEventListener('hashchange', revealTarget);
  form.hidden = false;
  apply();
}());
