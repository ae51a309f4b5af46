// Test input for the queue: a few hundred short articles written from templates of our own, in English, Russian
// and German, with quotes of named people, some near-copies published again by another outlet (near-duplicate
// groups), an exact repeat of a line (skipped), and empty articles (bad input, recorded as failed).
import { writeFileSync } from 'node:fs';

const EN = {
  people: ['Lena Berg', 'Omar Haddad', 'Petra Novak', 'Samuel Okoro', 'Ines Duarte'],
  places: ['Riverton', 'Northfield', 'Lakeside', 'Eastport'],
  lines: [
    'The council in {P} approved a new budget for road repairs on {D}.',
    '"We will finish the bridge before winter," {S} said at a press conference.',
    '{S} said that the water plant in {P} would reopen next month.',
    'Bus fares in {P} will rise by {N} cents from the spring.',
    'According to {S}, the school in {P} needs {N} more teachers.',
    'Volunteers planted {N} trees along the river in {P}.',
  ],
};
const RU = {
  people: ['Анна Белова', 'Игорь Сомов', 'Ольга Ким'],
  places: ['Озёрске', 'Северске', 'Приморске'],
  lines: ['Совет в {P} утвердил новый бюджет на ремонт дорог.', '«Мы закончим мост до зимы», — сказал {S} журналистам.', '{S} заявил, что водоканал в {P} откроется через месяц.', 'Цены на проезд в {P} вырастут на {N} процентов.'],
};
const DE = {
  people: ['Jonas Keller', 'Mira Albrecht', 'Paul Brandt'],
  places: ['Flussheim', 'Nordstadt', 'Seefeld'],
  lines: ['Der Rat in {P} beschloss einen neuen Haushalt für Straßen.', '„Wir bauen die Brücke vor dem Winter fertig“, sagte {S} am Montag.', '{S} sagte, das Wasserwerk in {P} öffne im nächsten Monat wieder.', 'In {P} pflanzten Freiwillige {N} Bäume am Fluss.'],
};
const OUTLETS = ['Riverton Daily', 'Valley Post', 'Morning Ledger', 'City Wire'];

export interface TestArticle {
  text: string;
  url?: string;
  outlet?: string;
  published?: string;
  language?: string;
}

/** `count` articles, deterministic; about one in twelve republishes an earlier one under another outlet. */
export function testArticles(count: number): TestArticle[] {
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const out: TestArticle[] = [];
  for (let i = 0; out.length < count; i++) {
    const published = `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    if (i > 10 && i % 12 === 0) {
      const orig = out[Math.floor(rnd() * out.length)];
      if (orig.text) {
        out.push({ ...orig, text: `${orig.text}\n\nRepublished with permission.`, outlet: pick(OUTLETS.filter((o) => o !== orig.outlet)), url: `https://copies.example/${i}` });
        continue;
      }
    }
    if (i % 97 === 50) {
      out.push({ text: '', url: `https://empty.example/${i}`, outlet: 'City Wire', published });
      continue;
    }
    const [lang, pool] = i % 5 === 3 ? (['ru', RU] as const) : i % 5 === 4 ? (['de', DE] as const) : (['en', EN] as const);
    const fill = (t: string) => t.replace('{S}', pick(pool.people)).replace('{P}', pick(pool.places)).replace('{N}', String(3 + Math.floor(rnd() * 90))).replace('{D}', published);
    const body = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => fill(pick(pool.lines)));
    const title = `${fill(pick(pool.lines)).split(/[,.]/)[0]} (${i})`;
    out.push({ text: `${title}\n\n${body.slice(0, 2).join(' ')}\n\n${body.slice(2).join(' ')}`, url: `https://news${i % 4}.example/${published}/${i}`, outlet: OUTLETS[i % 4], published, language: lang });
  }
  return out;
}

/** Writes the articles as JSON Lines, with the first line repeated at the end (the same bytes: skipped). */
export function writeTestCorpus(path: string, count: number): TestArticle[] {
  const articles = testArticles(count);
  const lines = articles.map((a) => JSON.stringify(a));
  writeFileSync(path, `${[...lines, lines[0]].join('\n')}\n`);
  return articles;
}
