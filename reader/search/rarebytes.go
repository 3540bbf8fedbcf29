package search

// byteFreq is how often each byte value occurs in articles, in occurrences
// per 100,000 bytes (at least 1): the mean of its frequency in the Arabic
// and in the English articles of the sample corpus. The plain matcher
// looks for the rarest byte of the rarest letter of a pattern, as the
// memchr and regex crates do with their "rare bytes" table; Arabic letters
// differ in their second byte (ل is D9 84, ظ is D8 B8), so the table
// tells them apart.
var byteFreq = [256]uint16{
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1151, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	13672, 9, 558, 62, 9, 15, 53, 95, 59, 59, 26, 1, 346, 233, 590, 583,
	142, 156, 158, 44, 79, 39, 17, 42, 56, 54, 161, 79, 795, 242, 808, 13,
	1, 95, 67, 103, 16, 18, 35, 31, 36, 61, 13, 10, 47, 96, 18, 47,
	60, 13, 42, 83, 96, 3, 18, 44, 1, 9, 1, 23, 1, 23, 1, 1,
	57, 2976, 503, 1123, 1482, 3941, 621, 466, 1552, 2002, 26, 462, 1826, 870, 2047, 2470,
	890, 105, 2143, 2470, 2874, 919, 372, 626, 76, 605, 9, 18, 25, 18, 1, 1,
	292, 627, 608, 326, 2498, 1462, 1053, 456, 1141, 171, 1641, 127, 240, 3, 11, 17,
	3, 41, 3, 1, 18, 1, 1, 1, 4, 105, 1, 1, 83, 79, 1, 8,
	1, 80, 28, 514, 17, 193, 64, 3034, 710, 739, 975, 177, 296, 392, 133, 602,
	113, 1185, 113, 641, 196, 171, 127, 255, 55, 658, 80, 36, 1, 1, 1, 1,
	1, 1, 92, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 11738, 10191, 1, 1, 1, 1, 1, 1,
	1, 1, 289, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
}
