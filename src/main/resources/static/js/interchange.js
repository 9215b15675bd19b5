// The import form's progress bar: htmx reports the upload's progress while the file goes up.
document.addEventListener("htmx:xhr:progress", function (event) {
  var bar = document.getElementById("import-progress");
  if (bar && event.detail && event.detail.lengthComputable && event.detail.total > 0) {
    bar.value = Math.round((event.detail.loaded / event.detail.total) * 100);
  }
});

// A file Tend cannot read is answered 400/413/415 with the upload page and its message:
// show it (htmx leaves error responses unswapped by default).
document.addEventListener("htmx:beforeSwap", function (event) {
  var form = event.detail.requestConfig && event.detail.requestConfig.elt;
  var status = event.detail.xhr.status;
  if (form && form.id === "import-form" && status >= 400 && status < 500) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
