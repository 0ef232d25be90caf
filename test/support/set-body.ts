/** A test page's body, parsed from markup and moved in (src/ never assigns innerHTML: the lint forbids it). */
export const setBody = (html: string) => document.body.replaceChildren(...new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes);
