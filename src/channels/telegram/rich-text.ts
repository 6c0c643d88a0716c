/**
 * Plain text plus Telegram message entities. The adapter never uses a parse mode: text is sent verbatim
 * and formatting travels as `entities`, so no resident or agent text (`<`, `&`, `*`, `_`, backslashes…)
 * can ever break a message or inject formatting. Offsets and lengths are in UTF-16 code units, which is
 * exactly what JavaScript string indices count — so `string.length` is Telegram's length.
 */
import type { MessageEntity } from "grammy/types";

export interface RichText {
  text: string;
  entities: MessageEntity[];
}

/** Characters Telegram refuses or silently drops; removed so entity offsets stay true. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export class RichTextBuilder {
  private text = "";
  private readonly entities: MessageEntity[] = [];

  /** Appends plain text (control characters removed, CRLF normalised). */
  plain(s: string): this {
    this.text += clean(s);
    return this;
  }

  bold(s: string): this {
    return this.styled(s, (offset, length) => ({ type: "bold", offset, length }));
  }

  italic(s: string): this {
    return this.styled(s, (offset, length) => ({ type: "italic", offset, length }));
  }

  /** A clickable label; the URL is not shown (used for links whose domain is ours to vouch for). */
  link(s: string, url: string): this {
    return this.styled(s, (offset, length) => ({ type: "text_link", offset, length, url }));
  }

  /** Preformatted (monospace, copied as is), e.g. JSON. */
  pre(s: string, language?: string): this {
    return this.styled(s, (offset, length) => (language ? { type: "pre", offset, length, language } : { type: "pre", offset, length }));
  }

  newline(count = 1): this {
    this.text += "\n".repeat(count);
    return this;
  }

  /** Starts a new block (blank line) unless the text is empty. */
  block(): this {
    if (this.text.length > 0) {
      this.text = this.text.replace(/\s+$/u, "");
      this.text += "\n\n";
    }
    return this;
  }

  get length(): number {
    return this.text.length;
  }

  build(): RichText {
    return trim({ text: this.text, entities: [...this.entities] });
  }

  private styled(s: string, make: (offset: number, length: number) => MessageEntity): this {
    const value = clean(s);
    if (value.length === 0) return this;
    // Entities around leading/trailing spaces are legal but render oddly: keep them on the words.
    const lead = value.length - value.trimStart().length;
    const core = value.trim();
    this.text += value.slice(0, lead);
    if (core.length > 0) this.entities.push(make(this.text.length, core.length));
    this.text += value.slice(lead);
    return this;
  }
}

function clean(s: string): string {
  return s.replace(/\r\n?/g, "\n").replace(UNSAFE_CONTROL, "");
}

/**
 * Telegram strips leading and trailing whitespace from a message; trimming ourselves keeps entity
 * offsets aligned with what Telegram will see.
 */
export function trim(rich: RichText): RichText {
  const start = rich.text.length - rich.text.trimStart().length;
  const text = rich.text.trim();
  return { text, entities: shiftEntities(rich.entities, start, start + text.length) };
}

/** Entities clipped to [from, to) and re-based at `from`. */
export function shiftEntities(entities: MessageEntity[], from: number, to: number): MessageEntity[] {
  const out: MessageEntity[] = [];
  for (const e of entities) {
    const start = Math.max(e.offset, from);
    const end = Math.min(e.offset + e.length, to);
    if (end > start) out.push({ ...e, offset: start - from, length: end - start });
  }
  return out;
}
