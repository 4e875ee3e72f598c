/** Markdown that is safe to show text from other people's files in (hovers, views). */

/**
 * Escapes every character Markdown or HTML could read as markup, and makes the text one line: runs
 * of white space (line breaks too) become one space, none at the ends (a leading space could start
 * a list or a code block).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\s\u0085\u2028\u2029]+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:]/g, (c) => `\\${c}`);
}

/** An http(s) address made safe for a Markdown link target, or undefined when it is anything else. */
export function safeLinkTarget(address: string): string | undefined {
  const trimmed = address.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(trimmed)) return undefined;
  return trimmed.replace(/[()<>"' \\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Where a link of a catalogue entry points: a web address, or a Wikidata id turned into one. */
export function linkAddress(kind: string, value: string): string | undefined {
  if (/^wikidata$/i.test(kind) && /^Q\d+$/.test(value.trim())) return `https://www.wikidata.org/wiki/${value.trim()}`;
  if (/^wikipedia$/i.test(kind) && !/^https?:/i.test(value)) {
    // encodeURIComponent leaves ( ) ' ! * as they are: a ")" would end the Markdown link
    let page: string;
    try {
      page = encodeURIComponent(value.trim().replace(/ /g, '_'));
    } catch {
      return undefined; // a lone surrogate
    }
    return `https://en.wikipedia.org/wiki/${page.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
  }
  return safeLinkTarget(value);
}
