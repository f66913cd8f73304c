// Builds mailto links from split addresses, so that contact e-mails are not in the page's HTML for scrapers.
for (const link of document.querySelectorAll("a[data-email-user]")) {
  const address = `${link.dataset.emailUser}@${link.dataset.emailDomain}`;
  link.href = `mailto:${address}`;
  link.textContent = address;
}
