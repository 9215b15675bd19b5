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

// The phone menu: on a narrow screen the navigation folds behind a "Menu" button (the CSS
// only folds it once this script has marked the header, so without script the links wrap).
document.addEventListener("DOMContentLoaded", function () {
  var header = document.querySelector(".site-header");
  var toggle = header && header.querySelector(".menu-toggle");
  if (!toggle) {
    return;
  }
  function show(open) {
    header.classList.toggle("menu-open", open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  }
  header.classList.add("menu-ready");
  toggle.addEventListener("click", function () {
    show(toggle.getAttribute("aria-expanded") !== "true");
  });
  header.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      show(false);
      toggle.focus();
    }
  });
});

// A list of checkboxes with a filter field above it (the people of a meeting): typing keeps
// the names that contain what was typed, accents and case aside; ticked ones always stay.
document.addEventListener("DOMContentLoaded", function () {
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  document.querySelectorAll("[data-filter-for]").forEach(function (field) {
    var list = document.getElementById(field.getAttribute("data-filter-for"));
    var input = field.querySelector("input");
    if (!list || !input) {
      return;
    }
    field.hidden = false;
    input.addEventListener("input", function () {
      var wanted = fold(input.value.trim());
      list.querySelectorAll("li").forEach(function (item) {
        var box = item.querySelector("input");
        item.hidden = wanted !== "" && !(box && box.checked) && fold(item.textContent).indexOf(wanted) < 0;
      });
    });
  });
});

// A "Copy the text" button beside a read-only text (the challenge's invitation).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-copy]").forEach(function (row) {
    var source = document.getElementById(row.getAttribute("data-copy"));
    var button = row.querySelector("button");
    var status = row.querySelector("[role=status]");
    if (!source || !button || !status) {
      return;
    }
    row.hidden = false;
    button.addEventListener("click", function () {
      function done(ok) {
        status.textContent = status.getAttribute(ok ? "data-copied" : "data-failed");
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.value).then(function () { done(true); }, function () { done(false); });
      } else {
        source.select();
        done(document.execCommand && document.execCommand("copy"));
      }
    });
  });
});
