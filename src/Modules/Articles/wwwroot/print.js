// The printable story's button opens the browser's print dialog, where "Save as PDF" keeps the story as one file.
// Without this script (or in the downloaded file) the button stays hidden and the browser's own Print does the same.
for (const button of document.querySelectorAll("[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
}
