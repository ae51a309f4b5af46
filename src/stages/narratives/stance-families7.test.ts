// Stance families of the eleventh round (stance11, 2026-12-07), left by the newest writers' splits (blind14, catk)
// and the denial narratives of catj and blind13: a catalogue entry whose title denies an event ("The Kremlin had
// nothing to do with the murder") is a denial narrative even where most of its examples say the denial as an
// affirmation ("The murder was a provocation"), so a speaker's denial the outlet passes on or agrees with is the
// claim, not the outlet's debunk; and in a sentence that says such a claim, a verdict on the claim named as a noun
// ("The claim that … is false") is still the outlet's. Texts and catalogues written for this test.
import { catalogueStanceCheck } from './test-helpers.js';

const MURDER = `
- id: murder-denial
  title: The Kremlin had nothing to do with the journalist's murder
  examples:
    - The Russian authorities had nothing to do with the killing of the journalist
    - The journalist's murder was a provocation staged to blacken Russia's image
    - The journalist was killed by those who wanted a martyr against Putin
`;
const murder = catalogueStanceCheck(MURDER, 'murder-denial');

murder('a title that denies makes the narrative a denial: a speaker denying, and the outlet agreeing, endorses', [
  ['en', 'The spokesman is right\n\nThe Kremlin spokesman repeated that the Russian authorities had nothing to do with the killing of the journalist. He is quite right.', 'endorses'],
  ['fr', "Le porte-parole a raison\n\nLe porte-parole du Kremlin rappelle que les autorités russes n'ont rien à voir avec le meurtre du journaliste. Il a parfaitement raison.", 'endorses'],
  ['de', 'Der Sprecher hat recht\n\nDer Kremlsprecher sagte, die russischen Behörden hätten mit dem Mord an dem Journalisten nichts zu tun. Er hat völlig recht.', 'endorses'],
  ['ru', 'Песков прав\n\nПесков заявил, что российские власти не имеют никакого отношения к убийству журналиста. С этим трудно не согласиться.', 'endorses'],
  // Passed on without agreeing, it is reported.
  ['en', 'Kremlin comments on the case\n\nThe Kremlin spokesman said that the Russian authorities had nothing to do with the killing of the journalist.', 'reports'],
]);

murder('a verdict on the denial named as a claim noun is the outlet’s, in the sentence that says the denial', [
  ['en', 'Ten years after the murder\n\nThe trial ended in 2017. The claim that the Russian authorities had nothing to do with the killing of the journalist is false.', 'refutes'],
  ['fr', "Dix ans après le meurtre\n\nLe procès s'est achevé en 2017. L'affirmation selon laquelle les autorités russes n'ont rien à voir avec le meurtre du journaliste est fausse.", 'refutes'],
  ['de', 'Zehn Jahre nach dem Mord\n\nDer Prozess endete 2017. Die Behauptung, die russischen Behörden hätten mit dem Mord an dem Journalisten nichts zu tun, ist falsch.', 'refutes'],
]);
