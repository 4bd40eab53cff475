// Desk search, "Use my location": shown only when the browser can locate the person, and the
// browser asks for their consent only when they press it. Without it, the municipality list and
// the postcode work as before.
(function () {
  "use strict";
  var button = document.getElementById("use-location");
  if (!button || !("geolocation" in navigator)) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.geolocation.getCurrentPosition(function (position) {
      var params = new URLSearchParams(window.location.search);
      params.delete("municipality");
      params.delete("postcode");
      // About a kilometre (two decimals): enough to order desks, too coarse to find a home,
      // and the address bar and history keep no more than that.
      params.set("lat", position.coords.latitude.toFixed(2));
      params.set("lon", position.coords.longitude.toFixed(2));
      window.location.assign(window.location.pathname + "?" + params.toString());
    });
  });
})();
