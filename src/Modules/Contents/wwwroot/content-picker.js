// Makes each content picker's box (Views/Parts/_ContentPicker.cshtml) a combobox that finds items by title, as the ARIA
// combobox pattern: the list of matches under the box, arrow keys to move, Enter to choose, Escape to close. A chosen item
// becomes a ticked checkbox with its title, which is what the form posts; without this script the box takes an id.
for (const picker of document.querySelectorAll("[data-content-picker]")) {
  const box = picker.querySelector("input[type=text]");
  const chosen = picker.querySelector(".picker-chosen");
  const chosenLabel = picker.querySelector(".picker-chosen-label");
  const multiple = picker.dataset.multiple === "true";
  const name = box.name;
  const list = document.createElement("ul");
  const status = document.createElement("p");
  let options = [];
  let active = -1;
  let request = 0;

  box.removeAttribute("name");
  list.id = box.id + "-options";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-labelledby", picker.querySelector("label").id = box.id + "-label");
  list.className = "picker-options";
  list.hidden = true;
  status.className = "visually-hidden";
  status.setAttribute("aria-live", "polite");
  for (const [attribute, value] of [["role", "combobox"], ["aria-autocomplete", "list"], ["aria-expanded", "false"], ["aria-controls", list.id]]) {
    box.setAttribute(attribute, value);
  }
  box.after(list, status);
  picker.querySelector(".no-script")?.remove();

  const close = () => {
    list.hidden = true;
    box.setAttribute("aria-expanded", "false");
    box.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const highlight = (index) => {
    active = index;
    list.querySelectorAll("[role=option]").forEach((option, i) => option.setAttribute("aria-selected", i === index ? "true" : "false"));
    box.setAttribute("aria-activedescendant", list.id + "-" + index);
  };

  const choose = (choice) => {
    if (!multiple) {
      chosen.replaceChildren();
    }
    if (!chosen.querySelector(`input[value="${CSS.escape(choice.id)}"]`)) {
      const item = document.createElement("li");
      const check = document.createElement("input");
      const label = document.createElement("label");
      check.type = "checkbox";
      check.name = name;
      check.value = choice.id;
      check.checked = true;
      check.id = `${box.id}-${choice.id}`;
      label.htmlFor = check.id;
      label.textContent = choice.title;
      item.append(check, " ", label);
      chosen.append(item);
    }
    chosen.hidden = chosenLabel.hidden = false;
    box.value = "";
    close();
  };

  const show = (choices) => {
    options = choices;
    list.replaceChildren(...choices.map((choice, i) => {
      const option = document.createElement("li");
      option.id = `${list.id}-${i}`;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.textContent = `${choice.title} (${choice.type})`;
      option.addEventListener("mousedown", (event) => event.preventDefault());
      option.addEventListener("click", () => choose(choice));
      return option;
    }));
    list.hidden = choices.length === 0;
    box.setAttribute("aria-expanded", choices.length > 0 ? "true" : "false");
    active = -1;
    status.textContent = choices.length > 0 ? picker.dataset.found.replace("{0}", choices.length) : picker.dataset.none;
  };

  box.addEventListener("input", async () => {
    const text = box.value.trim();
    const mine = ++request;
    if (text.length === 0) {
      close();
      return;
    }
    const response = await fetch(`${picker.dataset.contentPicker}&q=${encodeURIComponent(text)}`, { headers: { Accept: "application/json" } });
    if (mine === request && response.ok) {
      show(await response.json());
    }
  });
  box.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && options.length > 0) {
      list.hidden = false;
      box.setAttribute("aria-expanded", "true");
      highlight((active + 1) % options.length);
    } else if (event.key === "ArrowUp" && options.length > 0) {
      highlight((active - 1 + options.length) % options.length);
    } else if (event.key === "Enter" && !list.hidden && active >= 0) {
      choose(options[active]);
    } else if (event.key === "Escape") {
      close();
    } else {
      return;
    }
    event.preventDefault();
  });
  box.addEventListener("blur", close);
}
