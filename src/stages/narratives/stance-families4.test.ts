// Stance families of issue 12 left by the seventh round's held-out writers (blind11, cath; stance7, 2026-12-07):
// a criticism, protest or reply as a speech act ("hat … scharf kritisiert", "ответили, что", "a répondu que"); Arabic
// circumstantial participles of speech in the accusative ("مدعياً أن", "معتبراً أن"); a concession that an account is
// hard to refute ("трудно опровергнуть", "kaum zu widerlegen", "رواية يصعب دحضها") as agreement, not a verdict; and a
// verdict word inside the quoted title of a work a letter answers ("Zu Ihrem Artikel „Russische Propaganda …“"). Texts
// written for this test, read with the built-in catalogue's "the US created ISIS" narrative.
import { catalogueStanceCheck, checkStances } from './test-helpers.js';

const ISIS = 'west-created-isis';

checkStances('a criticism, a protest or a reply is the speech of whoever makes it', ISIS, [
  ['en', 'Notes\n\nThe embassy replied that the United States created ISIS.', 'reports'],
  ['de', 'Notizen\n\nDie Botschaft kritisierte den Beschluss: Die USA haben den IS gegründet.', 'reports'],
  ['de', 'Notizen\n\nDie Botschaft erwiderte, die USA haben den IS gegründet.', 'reports'],
  ['ru', 'Заметки\n\nВ посольстве ответили, что США создали ИГИЛ.', 'reports'],
  ['ru', 'Заметки\n\nМинистерство ранее отмечало, что США создали ИГИЛ.', 'reports'],
  ['ru', 'Заметки\n\nПосольство раскритиковало решение: США создали ИГИЛ.', 'reports'],
  ['fr', "Notes\n\nL'ambassade a répondu que les États-Unis ont créé l'État islamique.", 'reports'],
  ['ar', 'ملاحظات\n\nانتقدت السفارة القرار: الولايات المتحدة أنشأت داعش.', 'reports'],
  // Said with no speaker, the claim stays the outlet's.
  ['en', 'Notes\n\nThe United States created ISIS.', 'asserts'],
  ['de', 'Notizen\n\nDie USA haben den IS gegründet.', 'asserts'],
  ['ru', 'Заметки\n\nСША создали ИГИЛ.', 'asserts'],
]);

checkStances('an Arabic participle of speech in the accusative gives the claim to the subject', ISIS, [
  ['ar', 'ملاحظات\n\nنظم ناشط حملة، مدعياً أن واشنطن صنعت تنظيم داعش.', 'reports'],
  ['ar', 'ملاحظات\n\nتحدث الوزير في المؤتمر، معتبرا أن واشنطن صنعت داعش.', 'reports'],
  ['ar', 'ملاحظات\n\nكتب ناشط منشورا مؤكداً أن الولايات المتحدة هي التي أنشأت داعش.', 'reports'],
  ['ar', 'ملاحظات\n\nأنشأت الولايات المتحدة داعش.', 'asserts'],
]);

checkStances('an account the outlet calls hard to refute is one it agrees with', ISIS, [
  ['en', 'Notes\n\nLavrov said the United States created ISIS. That account is hard to refute.', 'endorses'],
  ['ru', 'Заметки\n\nЛавров заявил, что США создали ИГИЛ. Эту версию трудно опровергнуть.', 'endorses'],
  ['de', 'Notizen\n\nLawrow sagte, die USA hätten den IS gegründet. Diese Darstellung ist kaum zu widerlegen.', 'endorses'],
  ['fr', "Notes\n\nLavrov a déclaré que les États-Unis ont créé l'État islamique. Cette version est difficile à réfuter.", 'endorses'],
  ['ar', 'ملاحظات\n\nقال لافروف إن الولايات المتحدة أنشأت داعش. وهذه رواية يصعب دحضها.', 'endorses'],
  // Easy to refute is still a verdict on it.
  ['ru', 'Заметки\n\nЛавров заявил, что США создали ИГИЛ. Эту версию легко опровергнуть.', 'refutes'],
  ['ar', 'ملاحظات\n\nقال لافروف إن الولايات المتحدة أنشأت داعش. وهذه رواية يسهل دحضها.', 'refutes'],
]);

checkStances('a verdict word in the quoted title of a work a letter answers judges nothing', ISIS, [
  ['de', 'Leserbrief\n\nZu Ihrem Artikel „Russische Propaganda über den IS“ vom 3. März: Sie irren sich. Die USA haben den IS gegründet.', 'asserts'],
  ['en', 'Letters\n\nRe your article “The ISIS lie” of March 3: you are mistaken. The United States created ISIS.', 'asserts'],
  ['ru', 'Письма\n\nПо поводу вашей статьи «Ложь об ИГИЛ» от 3 марта: вы ошибаетесь. США создали ИГИЛ.', 'asserts'],
  ['fr', 'Courrier\n\nÀ propos de votre article « Le mensonge sur l’État islamique » du 3 mars : vous vous trompez. Les États-Unis ont créé l’État islamique.', 'asserts'],
  // The same verdict said in the outlet's own words still debunks.
  ['de', 'Leserbrief\n\nSie irren sich in vielem. Das ist russische Propaganda. Die USA haben den IS gegründet.', 'refutes'],
  ['en', 'Letters\n\nYou are mistaken on many points. It is a lie. The United States created ISIS.', 'refutes'],
]);

checkStances('a stir caused by someone’s statements reports what they said', ISIS, [
  ['de', 'Notizen\n\nEin Abgeordneter hat mit Aussagen über die Gründung des IS durch die USA für Empörung gesorgt.', 'reports'],
  ['en', 'Notes\n\nA senator sparked outrage with remarks that the United States created ISIS.', 'reports'],
  ['ru', 'Заметки\n\nДепутат вызвал скандал заявлениями о том, что США создали ИГИЛ.', 'reports'],
  ['ar', 'ملاحظات\n\nأثار نائب جدلا بتصريحات حول أن الولايات المتحدة أنشأت داعش.', 'reports'],
  // The stir alone, with no one's words, leaves the claim the outlet's.
  ['de', 'Notizen\n\nDie Gründung des IS durch die USA hat für Empörung gesorgt.', 'asserts'],
  ['en', 'Notes\n\nThe United States created ISIS, and that caused outrage.', 'asserts'],
]);

checkStances('a participle of speech after the main clause gives the claim to its subject', ISIS, [
  ['fr', "Notes\n\nUn député a interpellé le gouvernement, estimant que les États-Unis ont créé l'État islamique.", 'reports'],
  ['fr', "Notes\n\nUn député a interpellé le gouvernement, estimant que les États-Unis ont créé l'État islamique. On l'a traité d'alarmiste. Pourtant, il a raison.", 'endorses'],
  ['ru', 'Заметки\n\nДепутат выступил в парламенте, заявив, что США создали ИГИЛ.', 'reports'],
  ['en', 'Notes\n\nThe senator spoke in Congress on Monday, adding that the United States created ISIS.', 'reports'],
  // A participle of another verb leaves the claim the outlet's.
  ['fr', "Notes\n\nLes États-Unis ont créé l'État islamique, espérant affaiblir la Syrie.", 'asserts'],
]);

const COUP = `
- id: coup-us
  title: The United States was behind the failed coup in Turkey
  examples:
    - The United States organised the failed coup in Turkey to topple Erdogan
    - Washington stood behind the coup attempt against the Turkish president
`;
const coup = catalogueStanceCheck(COUP, 'coup-us');
coup('a grudge the outlet gives as motive ("never forgave") denies nothing of the claim', [
  ['ar', 'ملاحظات\n\nأمريكا لم تغفر لتركيا استقلال قرارها، فأرادت إسقاط أردوغان بانقلاب.', 'asserts'],
  ['ar', 'ملاحظات\n\nلم يغفر الأمريكيون لأردوغان تقاربه مع موسكو، فدبروا الانقلاب الفاشل في تركيا لإسقاطه.', 'asserts'],
  ['ru', 'Заметки\n\nАмерика не простила Турции независимость и решила свергнуть Эрдогана путём переворота.', 'asserts'],
  ['de', 'Notizen\n\nAmerika hat der Türkei ihre Unabhängigkeit nie verziehen und wollte Erdogan mit einem Putsch stürzen.', 'asserts'],
  // The claim's own verb negated still denies it.
  ['ar', 'ملاحظات\n\nالولايات المتحدة لم تدبر الانقلاب الفاشل في تركيا لإسقاط أردوغان.', 'refutes'],
  ['en', 'Notes\n\nThe United States did not organise the failed coup in Turkey to topple Erdogan.', 'refutes'],
]);

checkStances('agreement opening the paragraph after the reported claim endorses it', ISIS, [
  ['de', 'Notizen\n\nLawrow sagte, die USA hätten den IS gegründet.\n\nMan kann ihm schwer widersprechen.', 'endorses'],
  ['en', 'Notes\n\nLavrov said the United States created ISIS.\n\nHe is right.', 'endorses'],
  ['ru', 'Заметки\n\nЛавров заявил, что США создали ИГИЛ.\n\nС ним трудно спорить.', 'endorses'],
  ['fr', "Notes\n\nLavrov a déclaré que les États-Unis ont créé l'État islamique.\n\nIl a raison.", 'endorses'],
  ['ar', 'ملاحظات\n\nقال لافروف إن الولايات المتحدة أنشأت داعش.\n\nوهو محق.', 'endorses'],
  // Further on, past other words, an agreement is about something else.
  ['en', 'Notes\n\nLavrov said the United States created ISIS. The talks ended on Monday.\n\nThe minister is right about the weather.', 'reports'],
  ['en', 'Notes\n\nLavrov said the United States created ISIS.\n\nThe talks ended on Monday. He is right about the weather.', 'reports'],
]);

checkStances('"nothing to add" after someone’s words makes them the outlet’s own', ISIS, [
  ['de', 'Notizen\n\nLawrow sagte, die USA hätten den IS gegründet. Dem ist wenig hinzuzufügen.', 'endorses'],
  ['en', 'Notes\n\nLavrov said the United States created ISIS. There is little to add to that.', 'endorses'],
  ['ru', 'Заметки\n\nЛавров заявил, что США создали ИГИЛ. К этому нечего добавить.', 'endorses'],
  ['fr', "Notes\n\nLavrov a déclaré que les États-Unis ont créé l'État islamique. Il n'y a rien à ajouter.", 'endorses'],
  ['ar', 'ملاحظات\n\nقال لافروف إن الولايات المتحدة أنشأت داعش. ولا نملك ما نضيفه.', 'endorses'],
  // A speaker declining to comment agrees with nobody.
  ['en', 'Notes\n\nLavrov said the United States created ISIS. The ministry had nothing to add.', 'reports'],
]);

const WATER = `
- id: water-docile
  title: Fluoride is added to tap water to make people docile
  examples:
    - Governments add fluoride to tap water to make the population docile and obedient
`;
const water = catalogueStanceCheck(WATER, 'water-docile');
water('an instruction to the public ("we are told to drink it") passes on no claim', [
  ['en', 'Letters\n\nGovernments add fluoride to our tap water to keep us docile, and we are told to drink it for our teeth.', 'asserts'],
  ['fr', "Notes\n\nLes gouvernements ajoutent du fluor à l'eau du robinet pour rendre la population docile, et on nous dit de la boire pour nos dents.", 'asserts'],
  // "We are told that …" is still someone's claim passed on.
  ['en', 'Letters\n\nWe are told that governments add fluoride to tap water to make the population docile.', 'reports'],
]);
water('a public that "asks no questions" is the obedience described, no denial', [
  ['fr', "Notes\n\nLe fluor dans l'eau du robinet rend les gens apathiques. Un peuple apathique et docile ne pose pas de questions – c'est tout l'objectif.", 'asserts'],
  ['ru', 'Заметки\n\nФтор в водопроводной воде делает людей вялыми. Вялый, послушный народ не задаёт вопросов – в этом и смысл.', 'asserts'],
  ['de', 'Notizen\n\nEin müdes, gehorsames Volk stellt keine Fragen – genau dafür kommt das Fluorid ins Leitungswasser.', 'asserts'],
  // The claim's own verb negated still denies it.
  ['en', 'Letters\n\nGovernments do not add fluoride to tap water to make the population docile.', 'refutes'],
  ['de', 'Notizen\n\nDie Regierungen geben kein Fluorid ins Leitungswasser, um das Volk gehorsam zu machen.', 'refutes'],
]);

checkStances('"say thank you" is a gesture, no one’s claim', ISIS, [
  ['en', 'Notes\n\nThe United States created ISIS, and the region is expected to say thank you.', 'asserts'],
  ['de', 'Notizen\n\nDie USA haben den IS gegründet, und die Region soll auch noch danke sagen.', 'asserts'],
  ['fr', "Notes\n\nLes États-Unis ont créé l'État islamique, et la région devrait dire merci.", 'asserts'],
  ['en', 'Notes\n\nLavrov said the United States created ISIS.', 'reports'],
]);

checkStances('a headline asking why after a label’s colon takes its claim as given', ISIS, [
  ['en', 'Post: Why did the United States create ISIS?\n\nThe talks ended on Monday.', 'asserts'],
  ['de', 'Analyse: Warum haben die USA den IS gegründet?\n\nDie Gespräche endeten am Montag.', 'asserts'],
  ['ru', 'Анализ: Зачем США создали ИГИЛ?\n\nПереговоры завершились в понедельник.', 'asserts'],
  ['fr', "Analyse : pourquoi les États-Unis ont-ils créé l'État islamique ?\n\nLes pourparlers ont pris fin lundi.", 'asserts'],
  ['ar', 'تحليل: لماذا أنشأت الولايات المتحدة داعش؟\n\nانتهت المحادثات يوم الاثنين.', 'asserts'],
  // Asking whether puts it up for examination; a speaker before the colon still owns it.
  ['en', 'Analysis: Did the United States create ISIS?\n\nThe talks ended on Monday.', 'reports'],
  ['en', 'Lavrov: Why did the United States create ISIS?\n\nThe talks ended on Monday.', 'reports'],
]);

checkStances('a party’s denials named as such are the party’s, not the outlet’s verdict', ISIS, [
  ['ru', 'Заметки\n\nСША создали ИГИЛ, и опровержения из Вашингтона лишь подтверждают, что им есть что скрывать.', 'asserts'],
  ['ru', 'Заметки\n\nСША создали ИГИЛ, и опровержения Пентагона лишь подтверждают, что им есть что скрывать.', 'asserts'],
  // Without a party, the refutation is the outlet's.
  ['ru', 'Заметки\n\nЛавров заявил, что США создали ИГИЛ. Это опровержение мифа: США не создавали ИГИЛ.', 'refutes'],
]);

checkStances('hearsay after a claim noun is the claim’s mood: the verdict on it is the outlet’s', ISIS, [
  ['fr', "Notes\n\nDes comptes relaient l'idée que les États-Unis auraient créé l'État islamique. Le reste est connu. Les archives sont ouvertes. L'affirmation selon laquelle l'Amérique serait à l'origine du groupe est fausse.", 'refutes'],
  ['fr', "Notes\n\nDes comptes relaient l'idée que les États-Unis auraient créé l'État islamique. Le reste est connu. Les archives sont ouvertes. L'idée que l'Amérique serait à l'origine du groupe est fausse.", 'refutes'],
  // A speaker's verdict in the conditional is still theirs.
  ['fr', "Notes\n\nDes comptes relaient l'idée que les États-Unis auraient créé l'État islamique. Le reste est connu. Les archives sont ouvertes. Selon le ministre, ce serait faux.", 'reports'],
]);
