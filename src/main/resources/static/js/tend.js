// Sends the CSRF token with every htmx request (forms rendered by Thymeleaf carry it already).
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Tells the server the browser's time zone where a form asks for it (the sample journal's weeks).
document.addEventListener("DOMContentLoaded", function () {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  document.querySelectorAll("input[data-time-zone]").forEach(function (input) {
    if (!input.value && zone) {
      input.value = zone;
    }
  });
});
