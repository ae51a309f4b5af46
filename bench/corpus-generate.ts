// A synthetic news corpus for the corpus benchmark: short articles in five languages assembled from sentence
// templates we wrote, with varied speakers, places, numbers and dates. About one in eight carries the "US created
// ISIS" claim in some wording; about one in thirty republishes an earlier article elsewhere with a light edit.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mulberry32 } from '../src/core/seeded-random.js';

type Lang = 'en' | 'ru' | 'de' | 'fr' | 'ar';

interface Pools {
  speakers: string[];
  places: string[];
  titles: string[];
  claim: string[];
  filler: string[];
}

const P: Record<Lang, Pools> = {
  en: {
    speakers: ['Zamir Kabulov', 'Dmitry Peskov', 'Antony Blinken', 'Volodymyr Zelensky', 'Maria Lindqvist', 'Ahmad Karimi', 'Joe Biden', 'Hillary Clinton'],
    places: ['Kabul', 'Moscow', 'Washington', 'Kyiv', 'Herat', 'Tashkent', 'Doha', 'Geneva'],
    titles: ['{S} speaks on {P}', 'Talks in {P} end without deal', 'New figures from {P}', 'Officials meet in {P}', 'What {S} said in {P}'],
    claim: ['{S} said that the United States created ISIS in Afghanistan.', '"Washington created ISIS-K to destabilise the region," {S} said.', 'According to {S}, the US armed and trained ISIS fighters near {P}.', 'The occupiers built ISIS to keep the country weak, the channel claimed.'],
    filler: [
      'The meeting in {P} lasted {N} hours, officials said.',
      '{S} told reporters that the talks would continue next week.',
      'Prices for bread in {P} rose by {N} percent this month.',
      'Heavy rain flooded {N} streets in the centre of {P} on {D}.',
      'The ministry said {N} new schools would open in the autumn.',
      'Local traders in {P} reported a quiet week at the market.',
      '{S} said the government had no plans to raise taxes.',
      'A delegation of {N} people arrived in {P} on {D}.',
      'The football club from {P} won its {N}th match of the season.',
      'Engineers began repairs on the bridge outside {P}.',
      'The report counted {N} incidents on the border since spring.',
      'Residents of {P} complained about power cuts lasting {N} hours.',
    ],
  },
  ru: {
    speakers: ['Замир Кабулов', 'Дмитрий Песков', 'Энтони Блинкен', 'Владимир Зеленский', 'Мария Линдквист', 'Ахмад Карими'],
    places: ['Кабуле', 'Москве', 'Вашингтоне', 'Киеве', 'Герате', 'Ташкенте', 'Дохе'],
    titles: ['{S} о ситуации', 'Переговоры в {P} завершились', 'Новые данные', 'Встреча в {P}'],
    claim: ['{S} заявил, что США создали ИГИЛ в Афганистане.', '«Вашингтон создал ИГИЛ, чтобы дестабилизировать регион», — сказал {S}.', 'По словам {S}, американцы вооружали боевиков ИГИЛ.'],
    filler: [
      'Встреча в {P} продолжалась {N} часа, сообщили чиновники.',
      '{S} сказал журналистам, что переговоры продолжатся.',
      'Цены на хлеб в {P} выросли на {N} процентов.',
      'Министерство сообщило, что осенью откроются {N} новых школ.',
      'Делегация из {N} человек прибыла в {P} {D}.',
      'Жители жалуются на отключения света по {N} часов.',
      'Ремонт моста начался на прошлой неделе.',
      'В отчёте насчитали {N} инцидентов на границе.',
    ],
  },
  de: {
    speakers: ['Samir Kabulow', 'Dmitri Peskow', 'Antony Blinken', 'Wolodymyr Selenskyj', 'Maria Lindqvist'],
    places: ['Kabul', 'Moskau', 'Washington', 'Kiew', 'Genf', 'Berlin'],
    titles: ['{S} äußert sich', 'Gespräche in {P} ohne Ergebnis', 'Neue Zahlen aus {P}'],
    claim: ['{S} sagte, die USA hätten den IS in Afghanistan geschaffen.', 'Laut {S} haben die USA Kämpfer des IS bewaffnet.'],
    filler: [
      'Das Treffen in {P} dauerte {N} Stunden, teilten Beamte mit.',
      '{S} sagte, die Gespräche würden nächste Woche fortgesetzt.',
      'Die Brotpreise in {P} stiegen um {N} Prozent.',
      'Im Herbst sollen {N} neue Schulen eröffnen.',
      'Eine Delegation von {N} Personen traf am {D} in {P} ein.',
      'Der Bericht zählte {N} Zwischenfälle an der Grenze.',
    ],
  },
  fr: {
    speakers: ['Zamir Kaboulov', 'Dmitri Peskov', 'Antony Blinken', 'Volodymyr Zelensky', 'Maria Lindqvist'],
    places: ['Kaboul', 'Moscou', 'Washington', 'Kiev', 'Genève', 'Paris'],
    titles: ['{S} s’exprime', 'Pas d’accord à {P}', 'Nouveaux chiffres de {P}'],
    claim: ["{S} a déclaré que les États-Unis avaient créé l'État islamique en Afghanistan.", "Selon {S}, les États-Unis ont armé les combattants de l'État islamique."],
    filler: [
      'La réunion à {P} a duré {N} heures, selon des responsables.',
      '{S} a dit que les discussions reprendraient la semaine prochaine.',
      'Le prix du pain à {P} a augmenté de {N} pour cent.',
      'Le ministère a annoncé l’ouverture de {N} écoles à l’automne.',
      'Une délégation de {N} personnes est arrivée à {P} le {D}.',
      'Le rapport recense {N} incidents à la frontière.',
    ],
  },
  ar: {
    speakers: ['ضمير كابولوف', 'ديمتري بيسكوف', 'أنتوني بلينكن', 'فولوديمير زيلينسكي'],
    places: ['كابول', 'موسكو', 'واشنطن', 'كييف', 'الدوحة'],
    titles: ['{S} يتحدث', 'محادثات في {P}', 'أرقام جديدة من {P}'],
    claim: ['قال {S}: «الولايات المتحدة أنشأت داعش في أفغانستان».', 'وأكد {S} أن واشنطن سلحت مقاتلي داعش.'],
    filler: [
      'استمر الاجتماع في {P} {N} ساعات بحسب مسؤولين.',
      'قال {S} للصحفيين إن المحادثات ستستمر الأسبوع المقبل.',
      'ارتفعت أسعار الخبز في {P} بنسبة {N} في المئة.',
      'أعلنت الوزارة افتتاح {N} مدارس جديدة في الخريف.',
      'وصل وفد من {N} أشخاص إلى {P} يوم {D}.',
    ],
  },
};

const OUTLETS: Record<Lang, string[]> = {
  en: ['Kabul Observer', 'Northern Herald', 'Eastern Wire', 'Daily Ledger', 'Valley Times', 'Coastal Post', 'Metro Dispatch', 'The Courier', 'Frontier News', 'Global Desk', 'Harbour Gazette', 'Summit Report'],
  ru: ['Вечерний вестник', 'Северная газета', 'Новости дня', 'Городской курьер', 'Восточный обзор', 'Утренняя почта'],
  de: ['Rheinische Rundschau', 'Nordkurier Beispiel', 'Tagesbote', 'Alpenblatt'],
  fr: ['Le Courrier du Matin', 'La Gazette du Sud', 'Le Veilleur', 'Nouvelles de l’Est'],
  ar: ['الرصد', 'صوت المدينة', 'الأخبار اليومية', 'المرصد الشرقي'],
};

export interface Article {
  text: string;
  url: string;
  title: string;
  outlet: string;
  published: string;
  language: Lang;
}

export function* generateArticles(count: number, seed = 7): Generator<Article> {
  const r = mulberry32(seed); // deterministic: every run benchmarks the same corpus
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const langs: Lang[] = ['en', 'en', 'en', 'ru', 'ru', 'de', 'fr', 'ar'];
  const recent: Article[] = [];
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < count; i++) {
    const published = new Date(start + Math.floor((i / count) * 730 * 86400000) + Math.floor(r() * 86400000)).toISOString().slice(0, 10);
    if (recent.length > 50 && r() < 1 / 30) {
      const orig = pick(recent);
      const outlet = pick(OUTLETS[orig.language].filter((o) => o !== orig.outlet));
      const text = `${orig.text}\n\n${orig.language === 'en' ? `This article first appeared elsewhere and is republished by ${outlet}.` : `${outlet}.`}`;
      yield { ...orig, text, outlet, published, url: `https://${slug(outlet)}.example/r/${i}` };
      continue;
    }
    const lang = pick(langs);
    const p = P[lang];
    const fill = (t: string) =>
      t.replace(/\{S\}/g, () => pick(p.speakers)).replace(/\{P\}/g, () => pick(p.places)).replace(/\{N\}/g, () => String(2 + Math.floor(r() * 97))).replace(/\{D\}/g, () => published);
    const title = fill(pick(p.titles));
    const sentences: string[] = [];
    const n = 3 + Math.floor(r() * 4);
    for (let k = 0; k < n; k++) sentences.push(fill(pick(p.filler)));
    if (r() < 0.125) sentences.splice(Math.floor(r() * sentences.length), 0, fill(pick(p.claim)));
    const paragraphs = [sentences.slice(0, 2).join(' '), sentences.slice(2).join(' ')].filter(Boolean);
    const outlet = pick(OUTLETS[lang]);
    const a: Article = { text: `${title}\n\n${paragraphs.join('\n\n')}`, title, outlet, published, language: lang, url: `https://${slug(outlet)}.example/${published}/${i}` };
    recent.push(a);
    if (recent.length > 500) recent.shift();
    yield a;
  }
}

function slug(s: string): string {
  return encodeURIComponent(s.toLowerCase().replace(/\s+/g, '-')).replace(/%/g, '').slice(0, 30) || 'outlet';
}

/** Writes the corpus as JSON Lines, streamed (the file is large; memory is not). */
export async function writeCorpus(path: string, count: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for (const a of generateArticles(count)) {
    const line = `${JSON.stringify(a)}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
