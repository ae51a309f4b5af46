// Short blocks that are page furniture by their words alone, even inside the article element: share prompts,
// dates and reading times, copyright lines, newsletter and app pitches.

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

/** Whole-block patterns for blocks up to 80 characters. */
const SHORT = new RegExp(
  '^(?:' +
    [
      'advertisements?', 'sponsored(?: content)?', 'share(?: this(?: article| story| post)?)?(?: on| via)?\\b.{0,30}', 'tweet', 'print', 'e-?mail',
      'related(?: articles| posts| stories| content| reading| videos?)?:?', 'read more:?', 'more (?:from|on|stories|articles)\\b.*', 'tags?:.*',
      'filed under:?.*', 'you (?:might|may) (?:also )?(?:like|enjoy)\\b.*', 'loading\\W*', 'click here\\b.*', 'continue reading\\b.*',
      'leave a (?:comment|reply)', 'posted in\\b.*', 'categor(?:y|ies)\\s*:.*', '(?:previous|next) (?:post|article|story)\\b.*', 'skip to .*',
      'back to top', 'view comments', '\\(?\\d*\\)?\\s*comments?\\s*\\(?\\d*\\)?', 'search\\b.*', '\\d+ min(?:ute)?s? read', 'reading time\\b.*',
      '\\d+ (?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?) ago', '(?:updated|published|posted|last modified|release date)\\b.{0,40}',
      `(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*\\.?,?\\s+)?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?.*)?`,
      `\\d{1,2}\\s+${MONTH},?\\s+\\d{4}.{0,20}`, '\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}.{0,20}', 'photo:.*', 'image:.*', 'credit:.*', 'source:.*',
    ].join('|') +
    ')$',
  'i',
);

/** Patterns anywhere in blocks up to 250 characters. */
const PITCH =
  /©|\bcopyright\b|all rights reserved|\bnewsletters?\b|\bsubscribe\b|\bsubscribers?\b|\bsign(?:ing)? up\b|download (?:the|our) .{0,40}\bapps?\b|follow (?:us|the .{1,40}) on (?:twitter|facebook|instagram)|written permission|is not responsible for|\bunsubscribe\b/i;

export function isJunkBlock(text: string): boolean {
  if (text.length <= 80 && SHORT.test(text)) return true;
  return text.length <= 250 && PITCH.test(text);
}
