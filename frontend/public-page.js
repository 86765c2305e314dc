// The public page's few helpers. The form works without them; the server checks everything again.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector(".inquiry-form form");
  if (!form) {
    return;
  }

  // The character count under the message
  const message = form.querySelector("#message");
  const counter = form.querySelector("#message-counter");
  message.addEventListener("input", () => {
    counter.textContent = counter.textContent.replace(/^\d+/, String(message.value.length));
  });

  // Files refused before they are sent: too many, too large or of a type not accepted. A body too large to be
  // read at all would cost the client everything typed.
  const files = form.querySelector("#attachments");
  const fileError = form.querySelector("#attachments-error");
  const accepted = files.accept.split(",").map((ending) => ending.trim().toLowerCase());
  files.addEventListener("change", () => {
    let problem = "";
    if (files.files.length > Number(form.dataset.maxFiles)) {
      problem = form.dataset.tooMany;
    }
    for (const file of files.files) {
      const ending = file.name.includes(".") ? file.name.slice(file.name.lastIndexOf(".")).toLowerCase() : "";
      if (!problem && file.size > Number(form.dataset.maxBytes)) {
        problem = file.name + ": " + form.dataset.tooBig;
      } else if (!problem && !accepted.includes(ending)) {
        problem = file.name + ": " + form.dataset.wrongType;
      }
    }
    files.setCustomValidity(problem);
    fileError.textContent = problem;
    files.setAttribute("aria-invalid", problem ? "true" : "false");
  });

  // One click, one inquiry; the button comes back when the browser returns to the page from its history
  const submit = form.querySelector("button[type=submit]");
  form.addEventListener("submit", () => {
    submit.disabled = true;
  });
  window.addEventListener("pageshow", () => {
    submit.disabled = false;
  });
});
