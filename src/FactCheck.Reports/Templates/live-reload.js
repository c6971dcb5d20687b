// factcheck serve: reload the page when the server has rendered the checks again.
(function () {
  'use strict';

  var events = new EventSource(document.currentScript.dataset.events);
  events.addEventListener('reload', function () {
    events.close();
    location.reload();
  });
})();
