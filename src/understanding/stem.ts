/**
 * A light, script-aware stemmer for matching (not linguistics): enough that "allocations" meets
 * "allocation", "допомогу" meets "допомога" and "الكراء" meets "كراء". Heavier inflection (Turkish,
 * Spanish plurals in -es, Arabic attached pronouns) is left to the prefix fallback of the entry index.
 */
const CYRILLIC_SUFFIXES = ["ого", "ому", "ими", "ами", "ями", "ові", "ом", "ів", "ам", "ах", "ям", "ях", "ми", "ою", "ею", "ий", "ої", "их", "им", "ая", "ое", "ые", "а", "я", "о", "е", "є", "и", "і", "ї", "у", "ю", "й", "ь", "ы"];
const ARABIC_PREFIXES = ["وال", "بال", "فال", "كال", "لل", "ال"];

export function stem(token: string): string {
  if (/^[\u0400-\u04ff]+$/.test(token)) {
    for (const suffix of CYRILLIC_SUFFIXES) {
      // Short stems are allowed for one-letter endings (їжа/їжу → їж), longer endings need three letters left.
      const keep = suffix.length === 1 ? 2 : 3;
      if (token.endsWith(suffix) && token.length - suffix.length >= keep) return token.slice(0, -suffix.length);
    }
    return token;
  }
  if (/^[\u0600-\u06ff]+$/.test(token)) {
    let t = token;
    for (const prefix of ARABIC_PREFIXES) {
      if (t.startsWith(prefix) && t.length - prefix.length >= 2) {
        t = t.slice(prefix.length);
        break;
      }
    }
    if (t.endsWith("ات") && t.length >= 5) t = t.slice(0, -2);
    return t;
  }
  if (token.length >= 4 && /[sx]$/.test(token) && !/(ss|us|is)$/.test(token)) return token.slice(0, -1);
  return token;
}
