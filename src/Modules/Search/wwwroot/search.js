// On a phone the results come first: the facets wait behind the "Rajaa" (filter) button, which shows and hides them.
// Without this script, or on a wider screen, the facets are always shown.
const toggle = document.querySelector(".facets-toggle");
const facets = document.getElementById("search-facets");
if (toggle && facets) {
  const phone = window.matchMedia("(max-width: 48rem)");
  const show = (open) => {
    toggle.setAttribute("aria-expanded", String(open));
    facets.hidden = !open;
  };
  const fit = () => {
    toggle.hidden = !phone.matches;
    show(!phone.matches);
  };
  toggle.addEventListener("click", () => show(toggle.getAttribute("aria-expanded") !== "true"));
  phone.addEventListener("change", fit);
  fit();
}
