/** Hover cards, as Markdown built from plain data; every piece of catalogue or article text is escaped. */
import { escapeMarkdown, linkAddress } from './markdown';
import type { ActorSpan, Entity } from './types';

const KIND_LABEL: Record<string, string> = { person: 'person', organisation: 'organisation', place: 'place', group: 'group' };

export interface ActorHoverInput {
  span: ActorSpan;
  /** The catalogue entries the mention names (several for "North and South Korea"). */
  entities: Entity[];
  /** How many times each entity is mentioned in this document, by id. */
  mentions: (id: string) => number;
  /** Command link for "Add to catalogue…", given by the glue (only for unknown names), or undefined. */
  addToCatalogueLink?: string;
}

/** Markdown of an actor's hover card. */
export function actorHover(input: ActorHoverInput): string {
  const { span } = input;
  if (span.unknown || input.entities.length === 0) {
    const count = span.entity ? input.mentions(span.entity) : 1;
    const lines = [
      `**${escapeMarkdown(span.text)}** · ${KIND_LABEL[span.kind] ?? span.kind} · *not in any catalogue*`,
      '',
      `A likely ${KIND_LABEL[span.kind] ?? 'name'} found in the text. ${mentionText(count)}`,
    ];
    if (input.addToCatalogueLink) lines.push('', `[Add to catalogue…](${linkTarget(input.addToCatalogueLink)})`);
    return lines.join('\n');
  }
  return input.entities.map((e) => entityCard(e, input.mentions(e.id), span)).join('\n\n---\n\n');
}

function entityCard(e: Entity, count: number, span: ActorSpan): string {
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(e.name)}** · ${KIND_LABEL[e.kind] ?? escapeMarkdown(e.kind)}`);
  if (e.role) lines.push('', `*${escapeMarkdown(e.role)}*`);
  if (e.description) lines.push('', escapeMarkdown(e.description));
  const aliases = e.aliases.filter((a) => a !== e.name);
  const facts: string[] = [];
  if (aliases.length) facts.push(`Also: ${aliases.map(escapeMarkdown).join(', ')}`);
  if (e.demonyms.length) facts.push(`Demonyms: ${e.demonyms.map(escapeMarkdown).join(', ')}`);
  if (facts.length) lines.push('', facts.join(' · '));
  const links = Object.entries(e.links)
    .map(([k, v]) => {
      const target = linkAddress(k, v);
      return target ? `[${escapeMarkdown(k)}](${target})` : `${escapeMarkdown(k)}: ${escapeMarkdown(v)}`;
    });
  if (links.length) lines.push('', `Links: ${links.join(' · ')}`);
  const where = e.source && e.source !== 'built-in' ? 'workspace catalogue' : 'built-in catalogue';
  const via = span.via === 'demonym' ? ` · via demonym “${escapeMarkdown(span.text)}”` : '';
  lines.push('', `${mentionText(count)} · ${codeSpan(e.id)} · ${where}${via}`);
  return lines.join('\n');
}

/** A link target that stays one Markdown link target: ( ) < > and white space percent-encoded (command arguments are decoded). */
function linkTarget(uri: string): string {
  return uri.replace(/[()<>\s`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The text as inline code: literal inside, so only a backtick (which would end it) or a line break must go. */
function codeSpan(text: string): string {
  const inside = text.replace(/[`\r\n\u2028\u2029]+/g, ' ').trim();
  return inside ? `\`${inside}\`` : '';
}

function mentionText(count: number): string {
  return count === 1 ? 'Mentioned once in this document.' : `Mentioned ${count} times in this document.`;
}
