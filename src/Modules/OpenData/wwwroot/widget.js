// Verkostoportaali's lists for other sites' pages: fills each element with data-verkostoportaali-widget (the address of
// /api/widgets/events or /projects) with its list. Built with DOM methods and textContent, never innerHTML, so that no
// title can add markup to the page around it; links open in a new tab, which each says to a screen reader.
(function () {
    'use strict';

    function visuallyHidden(text) {
        const span = document.createElement('span');
        span.textContent = ' ' + text;
        Object.assign(span.style, { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' });
        return span;
    }

    function link(text, href, newTabText) {
        const a = document.createElement('a');
        // Only web addresses: a javascript: address would run in the page around the list.
        const url = new URL(href, document.baseURI);
        a.href = url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '#';
        a.target = '_blank';
        a.rel = 'noopener';
        a.textContent = text;
        a.append(visuallyHidden(newTabText));
        return a;
    }

    function item(entry, newTabText) {
        const li = document.createElement('li');
        li.append(link(entry.title, entry.url, newTabText));
        const details = [entry.when, entry.site].filter(Boolean).join(' · ');
        if (details) {
            const meta = document.createElement('span');
            meta.className = 'verkostoportaali-widget-meta';
            meta.textContent = ' ' + details;
            li.append(meta);
        }
        return li;
    }

    function render(host, list) {
        const section = document.createElement('section');
        section.className = 'verkostoportaali-widget';
        section.lang = list.language;
        const heading = document.createElement('h2');
        heading.textContent = list.title;
        section.append(heading);
        if (list.items.length === 0) {
            const empty = document.createElement('p');
            empty.textContent = list.emptyText;
            section.append(empty);
        } else {
            const ul = document.createElement('ul');
            ul.append(...list.items.map(entry => item(entry, list.newTabText)));
            section.append(ul);
        }
        const all = document.createElement('p');
        all.append(link(list.allText, list.allUrl, list.newTabText));
        section.append(all);
        host.replaceChildren(section);
    }

    async function fill(host) {
        const response = await fetch(host.dataset.verkostoportaaliWidget, { headers: { Accept: 'application/json' } });
        if (response.ok) {
            render(host, await response.json());
        }
    }

    // A list that cannot be read leaves its element as the page had it.
    document.querySelectorAll('[data-verkostoportaali-widget]').forEach(host => fill(host).catch(() => { }));
})();
