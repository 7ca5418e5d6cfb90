// The receipt's status link carries the token in the fragment (#token=...), which browsers never send to a server:
// put it into the form and drop it from the address bar. Without JavaScript the owner types it in.
(function () {
  var match = /^#token=([A-Za-z0-9_-]{1,64})$/.exec(window.location.hash);
  var field = document.getElementById('statusToken');
  if (match && field) {
    field.value = match[1];
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
})();
