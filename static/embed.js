/* Tell the page around this piece's iframe its height, as pym.js and Datawrapper expect. */
(function () {
  if (parent === window) return;
  var id = new URLSearchParams(location.search).get("childId") || location.pathname,
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
