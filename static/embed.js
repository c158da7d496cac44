/* Tell the page around this piece's frame its height, as pym.js and Datawrapper expect; with
   ?scheme=auto, follow the reader's light or dark setting. */
(function () {
  var query = new URLSearchParams(location.search);
  if (query.get("scheme") === "auto") document.documentElement.classList.add("follows-scheme");
  if (parent === window) return;
  var id = query.get("childId") || location.pathname,
    pym = "pymxPYMx" + id + "xPYMx", sent = 0;
  function send(again) {
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height), dw = {};
    if (h === sent && !again) return;
    sent = dw[id] = h;
    parent.postMessage(pym + "heightxPYMx" + h, "*");
    parent.postMessage({"datawrapper-height": dw}, "*");
  }
  new ResizeObserver(function () { send(); }).observe(document.documentElement);
  addEventListener("message", function (e) {  // pym.js sends the width, awaits the height
    if (typeof e.data == "string" && e.data.indexOf(pym + "width") === 0) send(true);
  });
})();
