// Puts a filter box above each long term list (TermsPart.Edit.cshtml): typing hides the terms, and the groups left
// empty, whose names do not contain the text. The list stays a plain multiple select, which the form posts as it is.
for (const picker of document.querySelectorAll("[data-term-filter]:not([data-filtered])")) {
  const list = picker.querySelector("select");
  const label = document.createElement("label");
  const box = document.createElement("input");
  const count = document.createElement("p");
  picker.dataset.filtered = "true";
  box.type = "search";
  box.id = list.id + "-filter";
  box.autocomplete = "off";
  label.htmlFor = box.id;
  label.textContent = picker.dataset.termFilter;
  count.id = list.id + "-count";
  count.className = "hint";
  count.setAttribute("aria-live", "polite");
  box.setAttribute("aria-describedby", count.id);
  list.before(label, box, count);

  box.addEventListener("input", () => {
    const text = box.value.trim().toLocaleLowerCase();
    let shown = 0;
    for (const option of list.options) {
      option.hidden = text.length > 0 && !option.selected && !option.text.toLocaleLowerCase().includes(text);
      shown += option.hidden ? 0 : 1;
    }
    for (const group of list.querySelectorAll("optgroup")) {
      group.hidden = [...group.children].every((option) => option.hidden);
    }
    count.textContent = text.length > 0 ? picker.dataset.termCount.replace("{0}", shown) : "";
  });
}
