// Turns each <textarea data-rich-text> into a Trix editor. Without this script (or without Trix) the textarea stays,
// and the server sanitises whatever HTML it is sent.
// Rich text keeps no images or files (RichTextSanitizer.cs) and nothing uploads them: Trix's attach button goes, and a
// file dropped or pasted in is refused rather than shown until the save drops it.
document.addEventListener("trix-initialize", (event) => {
  event.target.toolbarElement.querySelector("[data-trix-button-group=file-tools]")?.remove();
});
document.addEventListener("trix-file-accept", (event) => event.preventDefault());
document.addEventListener("DOMContentLoaded", () => {
  if (!window.customElements || !window.Trix) {
    return;
  }
  // Trix defines its elements in a timeout after its script has run, which may come after this event.
  customElements.whenDefined("trix-editor").then(makeEditors);
});

function makeEditors() {
  // The toolbar is drawn from Trix.config.lang when an editor is made, so the admin's language goes in first.
  const toolbar = document.getElementById("rich-text-toolbar");
  if (toolbar) {
    Object.assign(Trix.config.lang, JSON.parse(toolbar.textContent));
  }
  for (const area of document.querySelectorAll("textarea[data-rich-text]")) {
    const input = document.createElement("input");
    input.type = "hidden";
    input.id = area.id + "-value";
    input.name = area.name;
    input.value = area.value;
    const editor = document.createElement("trix-editor");
    editor.setAttribute("input", input.id);
    editor.setAttribute("aria-labelledby", area.id + "-label");
    for (const name of ["aria-describedby", "aria-invalid"]) {
      if (area.hasAttribute(name)) {
        editor.setAttribute(name, area.getAttribute(name));
      }
    }
    editor.id = area.id;
    area.replaceWith(input, editor);
  }
}
