package quote

import "testing"

// TestNestedKinResolved checks who says a quotation nested in another
// person's quotation: the framing clause inside the outer quotation is
// read as a sentence of its own (a subject after the verb, also after an
// object suffix; a subject before it; "one of X"; a pronoun for someone
// named before), "me" and "I" there are the outer speaker and never the
// inner one, and a kin word inside a quotation (Dad, Grandma, أبي، أمي)
// is the person the narration related to the outer speaker that way,
// else the kin word itself.
func TestNestedKinResolved(t *testing.T) {
	for _, tc := range []struct{ class, text, want string }{
		// The subject after a verb with an object suffix, or before it.
		{"vs-suffix", `وقال المزارع نبيل الصوّاف: «أوقفني الحارس الليلي عند البوابة وقال: "ممنوع المرور بعد العاشرة"، فعدت أدراجي».`, "الحارس الليلي|ممنوع المرور بعد العاشرة"},
		{"vs-suffix", `وتقول الخيّاطة نجوى القرعوني: «أخبرتني المشرفة صباحًا: "المعمل سيغلق"، فلم أصدق».`, "المشرفة|المعمل سيغلق"},
		{"vs-suffix", `ويروي سائق الشاحنة عادل البزري: «اتصل بي المقاول رياض الكسّار ليلًا وقال: "الأعمال متوقفة"، ثم أغلق الخط».`, "رياض الكسّار|الأعمال متوقفة"},
		{"vs-suffix", `وقالت المعلمة وداد حمّود: «نادتني جارتنا العجوز من الشرفة وقالت: "الماء وصل الدرج"، فنزلنا».`, "جارتنا العجوز|الماء وصل الدرج"},
		{"sv", `وقال البقّال وائل طنّوس: «أحد زبائني قال لي أمس: "الأسعار صارت نارًا"، وهو محق».`, "أحد زبائني|الأسعار صارت نارًا"},
		{"sv", "وتحدث المحامي فريد الزغبي عن موكليه.\n\nوقال: «إحدى موكلاتي قالت لي في آخر جلسة: \"لم أعد أتذكر صوت أمي\". ثم بكت».", "إحدى موكلاتي|لم أعد أتذكر صوت أمي"},
		{"object", `وقالت رنا الدبس: «سألت موظف الشباك عن الموعد، فقال: "لا أحد يعرف"، وأغلق النافذة».`, "موظف الشباك|لا أحد يعرف"},
		{"pronoun", `His teacher, Aurelio Benedetti, spoke little English. "For a year he said nothing kind," Lewis Dunlop recalled. "Then one day he picked up a scroll I'd carved and said, 'Not bad. Do it again.' I nearly cried."`, "Benedetti|Not bad. Do it again."},
		{"vs-suffix", `وقالت رنا العطار إنها أجّلت شراء بيت. «قال لي موظف المصرف بصراحة: "انتظري سنة". فانتظرت»، قالت العطار.`, "موظف المصرف|انتظري سنة"},
		{"me-aux", `"The lines were down," Morag Lennox said. "His father was shaking so badly I had to tell him, 'Hold the torch still, or I'll have you hold the baby.'"`, "Morag Lennox|Hold the torch still, or I'll have you hold the baby."},
		{"me-aux", `"The goalkeeper froze," said coach Abel Rennick. "I used to tell him, 'Watch the ball, not the striker,' and he never did."`, "Abel Rennick|Watch the ball, not the striker,"},
		{"me-aux", `"My brother panicked," said Tilde Varn. "I wanted to tell him, 'Sit down,' but the boat was rocking."`, "Tilde Varn|Sit down,"},
		{"vs-suffix", `"The ferryman told me, ‘The crossing is closed till spring,’ so I walked," said Hugo Brandt.`, "ferryman|The crossing is closed till spring,"},
		{"sv", `"A woman in a green coat grabbed my arm and said, ‘Don't go in there,’ and I didn't," recalled Bea Holm.`, "woman|Don't go in there,"},
		{"sv", `"Our skipper, Lars Engvik, shouted, ‘Cut the nets!’ and we did," said the deckhand Timo Rask.`, "Lars Engvik|Cut the nets!"},
		{"object", `"I asked the clerk for a permit, and the clerk said, ‘We ran out in June,’" Odile Marsh said.`, "clerk|We ran out in June,"},
		{"pronoun", `"Then a tollkeeper waved us down. He said, ‘The bridge is shut.’ We turned back," said Dana Flint.`, "tollkeeper|The bridge is shut."},
		{"one-of", `"One of the stokers leaned over and said, ‘Keep the valve shut,’ then he left," said Ines Varga.`, "stokers|Keep the valve shut,"},
		{"one-of", `"One of the volunteers called me over, very quietly, and said, ‘Don't sign anything yet,’ and walked off," said Mara Quist.`, "volunteers|Don't sign anything yet,"},
		{"sv", `"My wife, Jo, turned round and said, ‘We're not staying here,’ and that was that," said Ned Farrant.`, "Jo|We're not staying here,"},
		{"sv", `"The nurse who came on at midnight told us, ‘He's stable now,’ and we slept," said Ilse Marr.`, "nurse|He's stable now,"},
		{"object", `"I asked my neighbour what had happened, and he said, ‘The dam is leaking,’ so we left," said Teo Brask.`, "neighbour|The dam is leaking,"},
		{"object", `وقال المزارع حمدي الطرابلسي: «سألت ابني عن الحقل، فقال: "الماء غطّى كل شيء"، ولم أصدق».`, "ابني|الماء غطّى كل شيء"},
		{"vs-suffix", `وقالت الصيدلانية رحاب الفقيه: «جاءتني امرأة مسنّة عند الفجر، وقالت: "نفد دواء زوجي"، وبكت».`, "امرأة|نفد دواء زوجي"},
		{"inverted", `"‘Keep the engine running,’ the foreman shouted at us, and we did," said the welder Rui Gaspar.`, "foreman|Keep the engine running,"},
		{"pronoun", `"I met Tova Lindqvist at the gate and she told me, ‘The roof fell in,’ and then she cried," said Per Olsen.`, "Tova Lindqvist|The roof fell in,"},
		{"pronoun", `وقالت المعلمة ريم الشوّا: «التقيت جارتي أم فراس على الدرج، فقالت: "الماء مقطوع منذ أمس"، وصعدت».`, "أم فراس|الماء مقطوع منذ أمس"},
		{"object", `"I rang the landlord twice, and he said, ‘Nothing is wrong with the boiler,’ and hung up," said Ottilie Brand.`, "landlord|Nothing is wrong with the boiler,"},
		// "I" and "me" are the outer speaker.
		{"self", `"I told the inspector, ‘The wiring is older than me,’ and he laughed," said the electrician Piotr Wale.`, "Piotr Wale|The wiring is older than me,"},
		{"self", `وقال النجّار سليم العطّار: «قلت للمهندس: "الخشب لن يحتمل"، فضحك».`, "سليم العطّار|الخشب لن يحتمل"},
		// Kin words through the relations the narration stated.
		{"kin", "Gideon Pratt, 71, ran the sawmill until May. His son Ewan was with him that night.\n\n\"Dad just turned to me and said, ‘Go home, lad,’ and I went,\" Ewan Pratt said.", "Gideon Pratt|Go home, lad,"},
		{"kin", "The courier, Jules Corbeau, 24, was hit on the ring road on Tuesday. His mother, Mireille Corbeau, said he had phoned her from the ambulance.\n\n\"He rang me and said, ‘Mum, I'm fine,’ and then nothing,\" she said.", "Jules Corbeau|Mum, I'm fine,"},
		{"kin", "Maud Kettering kept bees for sixty years. Her granddaughter, Wren, now looks after the hives.\n\n\"Grandma always said, ‘Waste nothing,’ and she meant it,\" Wren said.", "Maud Kettering|Waste nothing,"},
		{"kin", "Cal Quill, a ferry mechanic, was the first to see the water. His sister, Ada, was asleep upstairs.\n\n\"My brother yelled, ‘Get out of bed!’ and I did,\" she said.", "Cal Quill|Get out of bed!"},
		{"kin-none", `"My dad always said, ‘Watch the wind, not the sky,’" said the sailmaker Rolf Haber.`, "dad|Watch the wind, not the sky,"},
		{"kin", "أمضى الصياد منير العطّار أربعين عامًا في صيد الإسفنج. وكان ابنه، كريم، يقف قربه على الرصيف.\n\nويقول كريم: «أبي قال لي مرة: \"البحر لا يرحم الكسالى\"».", "منير العطّار|البحر لا يرحم الكسالى"},
		{"kin", "نجا الفرّان طلال الشامي من الحريق بأعجوبة. وقالت زوجته، هدى: «زوجي صرخ فينا: \"اخرجوا من النافذة\"، فخرجنا».", "طلال الشامي|اخرجوا من النافذة"},
		{"kin", "لم تكن ابنة الزيدي، سلوى، تنوي البقاء في البلدة. تروي: «قال لي أبي يومًا: \"البيت لكم من بعدي\"».", "الزيدي|البيت لكم من بعدي"},
		{"kin", "Hal Brenner, 80, still mends nets on the quay. Lukas, the grandson of Hal Brenner, joined him last year.\n\n\"Grandpa told me, ‘Never trust a calm sea,’ on my first day,\" Lukas said.", "Hal Brenner|Never trust a calm sea,"},
		{"kin", "Bo Halvorsen drove the snowplough for thirty winters. His wife, Marit, keeps his logbooks.\n\n\"My husband always said, ‘The road decides, not you,’ and he was right,\" she said.", "Bo Halvorsen|The road decides, not you,"},
		{"kin-none", `"My mother used to say, ‘Bread first, then talk,’" said the baker Anouk Vells.`, "mother|Bread first, then talk,"},
		{"kin", "The rider, Ivo Stanek, came off his scooter on the bypass. A passer-by, Greta Holm, stayed with him. \"He kept apologising,\" she said.\n\nHis mother, Vera Stanek, was at work. \"He rang me and said, ‘Mum, don't come, I'm fine,’ which was so like him,\" she said.", "Ivo Stanek|Mum, don't come, I'm fine,"},
		{"kin-outer", "لم تكن ابنة الزيدي، سلوى، تنوي البقاء في البلدة. تروي: «قال لي أبي يومًا: \"البيت لكم من بعدي\"».", "سلوى|قال لي أبي يومًا: \"البيت لكم من بعدي\""},
		{"kin", "وتحدثت الطالبة جنى عن والدها الذي يعمل حارسًا في المرفأ: «قال لي أمس: \"سننتقل إلى الشمال\"، ولم يقل لماذا».", "والدها|سننتقل إلى الشمال"},
		{"kin-none", `وقالت الممرضة لبنى: «قالت لي أمي قبل أن أسافر: "لا تنسي الدواء"».`, "أمي|لا تنسي الدواء"},
		{"kin", "أصيب عامل البناء فادي مرعب في سقوط السقالة. وقالت والدته، سهام، إنه اتصل بها من المستشفى: «قال لي: \"أمي، أنا بخير\"، ثم انقطع الخط».", "فادي مرعب|أمي، أنا بخير"},
	} {
		got := find(t, tc.text)
		found := false
		for _, p := range got {
			found = found || samePair(p, tc.want)
		}
		if !found {
			t.Errorf("%s: %s\n found %q, want %q", tc.class, tc.text, got, tc.want)
		}
	}
}

// TestInnerSpeakerInItsOwnClause checks a nested quotation whose speaker
// its own clause names inside the outer one: after a phrase of time or
// place (At one point my producer said), before a clause of time (أبي قال
// لي يوم سلّمني الأرض), as the subject of the verb its cue goes on from
// (اتصلت بي أختي وقالت، جاءتني امرأة عجوز وقالت لي), after ثمة, before
// a phrase of place (والطبيب في المستوصف قال لي).
func TestInnerSpeakerInItsOwnClause(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"Ruth Engel runs the theatre. “At one point my producer said, ‘We cannot afford a second week of this,’ and he was right,” she said.", "my producer"},
		{"Ruth Engel runs the theatre. “In the end the stage manager turned to me and said, ‘We cannot afford a second week of this,’ and she was right,” Engel said.", "the stage manager"},
		{"Ruth Engel runs the theatre. “Then my dad leaned over and said, ‘We cannot afford a second week of this,’ and he was right,” she said.", "my dad"},
		{"وقال المزارع حسن العلي: «أبي قال لي يوم سلّمني الأرض: \"لا تبع شبرًا منها مهما حدث\"، ولم أبع».", "أبي"},
		{"وقالت المعلمة هدى الرفاعي: «أمي قالت لي ليلة غادرنا القرية: \"لا تنسي أبدًا من أين جئت يا ابنتي\"، ولم أنس».", "أمي"},
		{"وقالت المعلمة هدى الرفاعي: «في الليلة الأخيرة اتصلت بي أختي وقالت: \"لا تتأخري عن موعد القطار غدًا\"، ولم أتأخر».", "أختي"},
		{"وقالت المعلمة هدى الرفاعي: «في نهاية السنة جاءتني امرأة عجوز وقالت لي: \"لا ترحلي عن القرية يا ابنتي أبدًا\"، فبقيت».", "امرأة عجوز"},
		{"وقال المزارع حسن العلي: «زارنا أحد المهندسين وقال لنا: \"ازرعوا الذرة بدل القمح هذا العام\"، فزرعناها».", "أحد المهندسين"},
		{"وقالت المعلمة هدى الرفاعي: «ثمة طبيب قال لي: \"ابنك لا يحتاج إلا إلى النوم والراحة\"، وصدّقته».", "طبيب"},
		{"وتقول المعلمة هدى الرفاعي: «ابني يسعل كل ليلة منذ الشتاء، والطبيب في المستوصف قال لي بصراحة: \"انقلوه من هذا الهواء إن استطعتم\"».", "الطبيب"},
	})
}

// TestFrameSubjectAwayFromItsVerb: the "he" or "she" that frames a nested
// quotation gives its speaker's gender though other words stand between
// it and the verb of speech, and the narration names that person.
func TestFrameSubjectAwayFromItsVerb(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"“We will reopen in spring,” said Ada Quist, who ran the lido for forty years. “The roof is the least of it,” said Tom Reed. Paul Dent sold tickets there. “The wind took half the roof, and she stood in the doorway and said, ‘We open at six as usual,’” Dent said.", "Quist"},
		{"“We will reopen in spring,” said Tom Reed, who ran the lido for forty years. “The roof is the least of it,” said Ada Quist. Paul Dent sold tickets there. “The wind took half the roof, and he stood in the doorway and said, ‘We open at six as usual,’” Dent said.", "Reed"},
		{"“The club will go on,” said Mira Holt, its chair. “We have the money for a year,” said Sam Pike. Lena Ruiz joined at nine. “I was shaking before my first race, and she leaned over and whispered, ‘Breathe out before the gun,’” Ruiz said.", "Holt"},
	})
}

// TestArabicInnerFrameWithoutASubject: in the frame of a nested Arabic
// quotation, the one after a first-person verb (قلت لابني) is who the
// words are said to, and an imperfect after كان (كان يمسك يدي ويقول) is
// a verb of habit, no one's name: the outer speaker says the words of
// قلت, and the one the outer quotation talks about those of يقول.
func TestArabicInnerFrameWithoutASubject(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"ويروي المزارع خالد الصالح: «كنت أحرث الأرض فاصطدمت السكة بحجر أملس. قلت لابني: \"هذا ليس حجرًا عاديًا، اتصل بالبلدية\"، وهكذا بدأ كل شيء».", "خالد الصالح"},
		{"وقال الحارس منير الزين: «كان المدير يمر كل صباح. قلت لرئيس البلدية في الجلسة: \"أعطونا قروضًا بلا فوائد\"، لكنه لم يرد».", "منير الزين"},
		{"وتحدثت الطالبة هالة الوراق عن والدها الذي علّمها الخط. وقالت: «كان يمسك يدي ويقول: \"اكتبي الألف كأنك تقفين أمام الله\"، ثم يتركني وحدي».", "والدها"},
	})
}
