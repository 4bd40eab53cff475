// Desk search, "Use my location": shown only when the browser can locate the person, and the
// browser asks for their consent only when they press it. Without it, the municipality list and
// the postcode work as before.
//
// The position is posted (never put in the address, so history and logs keep none of it),
// rounded to about a kilometre first; the server answers with the desk list from the nearest
// municipality of the network, keeping the filters already chosen.
(function () {
  "use strict";
  var button = document.getElementById("use-location");
  if (!button || !("geolocation" in navigator)) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.geolocation.getCurrentPosition(function (position) {
      var form = document.createElement("form");
      form.method = "post";
      form.action = window.location.pathname + "/near";
      var fields = {
        lat: position.coords.latitude.toFixed(2),
        lon: position.coords.longitude.toFixed(2),
      };
      var params = new URLSearchParams(window.location.search);
      ["language", "day", "step_free"].forEach(function (name) {
        if (params.get(name)) fields[name] = params.get(name);
      });
      Object.keys(fields).forEach(function (name) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = fields[name];
        form.appendChild(input);
      });
      document.body.appendChild(form);
      form.submit();
    });
  });
})();
