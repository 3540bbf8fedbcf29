package quote

import "testing"

// TestPeopleTheNarrationNames checks speakers the narration names in
// forms other than a cue's subject: a full name in the possessive that
// opens a feature (Elsie Marrow's workshop …, she says), a relation after
// an inverted cue, with or without its name in apposition (said her son,
// Michael Kell), and the person a pronoun in a nested quotation refers to
// when the outer quotation names no one and the narration before it does
// (an elderly woman, his supervisor, a mother of three).
func TestPeopleTheNarrationNames(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Wenna Tasker's forge smells of coal smoke and hot iron.\n\"People think a blacksmith is a museum piece,\" she says.", "Wenna Tasker|People think a blacksmith is a museum piece,"},
		{"Dorrit Vane's allotment is the last one by the railway.\n\"The trains keep the frost off,\" she says.", "Dorrit Vane|The trains keep the frost off,"},
		{`“He never took a day off,” said her son, Callum Dewar.`, "Callum Dewar|He never took a day off,"},
		{`“He never took a day off,” said his daughter, Ines Pardo.`, "Ines Pardo|He never took a day off,"},
		{"Hugh Fennimore died on Sunday.\n“He would have laughed at all this,” said his wife.", "his wife|He would have laughed at all this,"},
		{"Volunteer Ray Ockley said he had carried an elderly woman and her dog through the water.\n“She kept saying, ‘Mind the dog, mind the dog,’” Ockley said.", "woman|Mind the dog, mind the dog,"},
		{`Tamsin Heale said her supervisor had phoned during the storm. "She told me, 'Stay where you are,' and I did," Heale said.`, "supervisor|Stay where you are,"},
		{"The farmer Owain Rees had been up all night. His mother, he said, had kept the farm through the drought of 1976 and used to tell him, ‘Rain is a loan, not a gift.’", "His mother|Rain is a loan, not a gift."},
		{`Pell put it more simply. Her grandfather, she said, used to tell her: "Never trust a dry April."`, "Her grandfather|Never trust a dry April."},
		{`Harbour Ferries said in a statement that the new timetable was needed to run extra sailings promised to the county council and that crews would receive "a fair allowance for every late crossing."`, "Harbour Ferries|a fair allowance for every late crossing."},
		{`Helen Okoro, director of the charity Quiet Rivers Trust, said the rules had been "a polite suggestion nobody follows".`, "Helen Okoro|a polite suggestion nobody follows"},
		{`Piotr Lasko, head of planning at Dunmere Borough Council, said the scheme was "dead in the water".`, "Piotr Lasko|dead in the water"},
		{`Those words came from the Rev. Owain Pryse, the vicar of St Mabyn's, who said he had read the letters "more times than I can count."`, "Owain Pryse|more times than I can count."},
		{"وقالت رئيسة البعثة، عالمة الآثار الدكتورة نور الهدى الكيالي، إن الفريق توقع معصرة صغيرة. وأضافت: «رأينا عين طائر تنظر إلينا».", "نور الهدى الكيالي|رأينا عين طائر تنظر إلينا"},
		{"Kofi Mensah, 13, qualified for the national final. His coach, Joan Harte, called him gifted.\nKofi has been more blunt. In a post on the club's page, he wrote: \"If you qualify, you should be able to go.\"", "Kofi Mensah|If you qualify, you should be able to go."},
		{`"The car park gets emptier every year," said the owner of the Red Kettle cafe, who asked that her name not be used.`, "owner|The car park gets emptier every year,"},
		{"Edith Garrow arrived on the first night with a box of candles.\nFrank Pellow, then the fire chief, recalled what she said to him that night. “I told her we had no power,” he said.", "Frank Pellow|I told her we had no power,"},
		{"Edith Garrow and her neighbour Frank Pellow ran the shelter. “We had forty camp beds,” she said.", "Edith Garrow|We had forty camp beds,"},
		{"On the bank the supporters sang the club song. One of them, Okafor’s mother, said she had driven through the night. “Nineteen years,” she said.", "Okafor’s mother|Nineteen years,"},
		{`One volunteer, a retired nurse who asked not to be named, said she had worked alongside Pratley for nine years. "He counted every tin twice," she said.`, "volunteer|He counted every tin twice,"},
		{`“I have never had an afternoon like that,” said Rovers manager Dale Brannock, still hoarse from shouting.`, "Dale Brannock|I have never had an afternoon like that,"},
		{`“We fought for every vote,” said Labour councillor Imogen Tarrant.`, "Imogen Tarrant|We fought for every vote,"},
		{`The plant's former supervisor, Gareth Pook, gave evidence. “I wrote to my manager and said, ‘These numbers are three times the limit,’ and I was told to test again,” Pook said.`, "Gareth Pook|These numbers are three times the limit,"},
		{`The cleaners said in a joint letter to the board that safety was "on the line." "Tired staff make mistakes," the letter said.`, "The cleaners|Tired staff make mistakes,"},
		{`“They were stronger at the end,” said the Otters’ captain, Nadia Brede. “We’ll be back.”`, "Nadia Brede|We’ll be back."},
		{"Kwame Asante makes violins in Leeds. A violin takes him about three months to make.\n“You can buy a decent violin made in a factory,” he says.", "Kwame Asante|You can buy a decent violin made in a factory,"},
		{`“My mother brought me to my first match,” said one fan, a nurse who gave her name as Mina. “I wish she was here.”`, "Mina|I wish she was here."},
		{`A man in his eighties sitting on a camp bed, who gave his name only as Alf, said he had seen the 1953 flood. “That one was bad,” he said.`, "Alf|That one was bad,"},
		{`“Two days off work?” said a man in a grey suit who would give only his first name, Conrad.`, "Conrad|Two days off work?"},
		{`Members of the Castlebrook Harriers, who ran in matching green vests, said the heat had been "brutal but beautiful."`, "Castlebrook Harriers|brutal but beautiful."},
		{`Members of the Castlebrook Harriers said the heat had been "brutal but beautiful."`, "Castlebrook Harriers|brutal but beautiful."},
		{"Counsel Ida Marsh said the first complaint came from a mother of two on the top floor.\n\"She wrote to him, 'The ceiling is falling in,' and heard nothing,\" Marsh said.", "mother|The ceiling is falling in,"},
	} {
		got := find(t, tc.text)
		if len(got) == 0 || !samePair(got[len(got)-1], tc.want) {
			t.Errorf("%s\n found %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestIdentifiedOnlyAs checks an unnamed speaker "who asked to be
// identified only as" a name: the name.
func TestIdentifiedOnlyAs(t *testing.T) {
	lastSpeakers(t, []speakerCase{
		{"The tenants won. Another tenant, a retired bus driver who asked to be identified only as Mr. Patel, said the heating had failed. \"We wore our coats indoors for two winters,\" he said.", "Patel"},
	})
}
