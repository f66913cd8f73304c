// Draws the page's list of places (#places, each item with data-lat and data-lon) on a Leaflet map, clustered. The
// list stays on the page: it is the map for screen readers, for keyboards that skip the map, and when tiles or this
// script cannot load. Texts go into the popups as text, never as HTML.
const container = document.getElementById("map");
const places = [...document.querySelectorAll("#places li[data-lat]")];
if (container && window.L && L.markerClusterGroup) {
  container.hidden = false;
  const map = L.map(container, { scrollWheelZoom: false });
  const credit = document.createElement("a");
  credit.href = container.dataset.attributionUrl;
  credit.textContent = container.dataset.attribution;
  map.attributionControl.setPrefix(false);
  L.tileLayer(container.dataset.tileUrl, { attribution: credit.outerHTML, maxZoom: 18 }).addTo(map);
  const clusters = L.markerClusterGroup();
  for (const place of places) {
    const link = place.querySelector("a");
    const popup = document.createElement("p");
    popup.append(link.cloneNode(true), document.createElement("br"), place.querySelector(".map-place-type").textContent.trim());
    const marker = L.marker([Number(place.dataset.lat), Number(place.dataset.lon)], { title: link.textContent, alt: link.textContent });
    clusters.addLayer(marker.bindPopup(popup));
  }
  map.addLayer(clusters);
  // Finland when there is nothing to show; else the places, not closer than a town.
  const finland = L.latLngBounds([59.7, 20.5], [70.1, 31.6]);
  map.fitBounds(places.length > 0 ? clusters.getBounds() : finland, { maxZoom: 11, padding: [20, 20] });
}
