// Small enhancements for every page, with or without the WebAssembly app (which is not loaded
// on server-rendered pages such as the results). Without JavaScript each one degrades to
// plain HTML: the quick exit is a link, the checklist has a save button, read aloud is hidden.
// Listeners are on the document, so pages the app draws later are covered too.
(function () {
  "use strict";
  if (window.ponteEnhanced) return;
  window.ponteEnhanced = true;

  // "Exit this page": blank the page at once, then replace it in the history with the exit
  // (the server ends the session and sends the browser to a neutral page), so Back does not
  // return here. Shift pressed three times within a second does the same.
  function leave(target) {
    document.body.innerHTML = "";
    document.title = "";
    window.location.replace(target);
  }
  document.addEventListener("click", function (event) {
    var exit = event.target.closest && event.target.closest(".quick-exit__button");
    if (!exit) return;
    event.preventDefault();
    leave(exit.href);
  });
  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat) return;
    var exit = document.querySelector(".quick-exit__button");
    if (!exit) return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 1000; });
    presses.push(now);
    if (presses.length >= 3) leave(exit.href);
  });

  // "Read aloud": the browser's own speech, in the page's language. The button shows only
  // where the browser can speak; its two labels swap while it speaks.
  if ("speechSynthesis" in window && "SpeechSynthesisUtterance" in window) {
    document.documentElement.classList.add("can-speak");
    document.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest(".read-aloud");
      if (!button) return;
      var synth = window.speechSynthesis;
      if (button.classList.contains("read-aloud--speaking")) {
        synth.cancel();
        button.classList.remove("read-aloud--speaking");
        return;
      }
      var main = document.querySelector("main");
      var utterance = new SpeechSynthesisUtterance(main ? main.innerText : "");
      utterance.lang = document.documentElement.lang;
      utterance.onend = function () { button.classList.remove("read-aloud--speaking"); };
      synth.cancel();
      synth.speak(utterance);
      button.classList.add("read-aloud--speaking");
    });
  }

  // Forms marked data-autosave (the document checklist) are saved as soon as a box changes.
  document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("form[data-autosave]");
    if (!form || !window.fetch) return;
    fetch(form.action, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams(new FormData(form)).toString(),
    }).catch(function () { /* the save button still works */ });
  });
})();
