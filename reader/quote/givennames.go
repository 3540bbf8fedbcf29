package quote

import "strings"

// This file gives the gender an English given name commonly has, as a
// prior where the text gives none: "she said" after Frank Delaney and
// Iris Calloway refers to Iris. No library in Go holds such a list, and a
// few hundred of the names news writes cover most of what it names; a
// name that is in neither list, or in both (Robin, Sam), gives no gender.

// givenGender returns the gender of the English given name that opens
// name, or anyGender.
func givenGender(name string) byte {
	first, _, _ := strings.Cut(name, " ")
	return genderIn(first, maleNames, femaleNames)
}

var (
	maleNames = set(
		"Aaron Adam Adrian Ahmed Alan Albert Alex Alexander Alfie Ali Alistair Andrew Andy Angus Anthony Antonio Arthur Barry Ben Benjamin Bernard Bill Bob Brendan Brian Bruce",
		"Callum Calum Carl Carlos Charles Charlie Chris Christopher Colin Connor Craig Dan Daniel Darren Dave David Dean Declan Dennis Derek Dmitri Dominic Donald Douglas Duncan",
		"Ed Eddie Edward Elliot Emmanuel Eric Ethan Euan Ewan Felix Finn Francis Frank Fraser Fred Frederick Gareth Gary Gavin Geoffrey George Gerald Gordon Graham Greg Gregory Harry Harvey Hassan Henry Hugh Hugo",
		"Ian Isaac Ivan Jack Jacob Jake James Jamie Jason Jeremy Jim Joe Joel John Jonathan Jonah Jordan Jose Joseph Josh Joshua Juan Julian Karl Keith Kenneth Kevin Kieran Kofi",
		"Lars Lee Leo Leon Liam Lewis Louis Luca Lucas Luis Luke Malcolm Marco Marcus Mark Martin Matt Matthew Max Michael Mick Mike Mohammed Muhammad Nathan Neil Nick Nicholas Nigel Noah Norman",
		"Oliver Omar Oscar Owen Patrick Paul Pedro Peter Philip Piotr Ralph Ray Raymond Reece Richard Rob Robert Roger Ronald Rory Ross Roy Russell Ryan Sam Samuel Scott Sean Sebastian Seth Simon Stanley Stephen Steve Steven Stuart",
		"Ted Terry Thomas Tim Timothy Toby Tom Tomas Tony Trevor Tunde Victor Vincent Walter Wayne William Willie Yusuf Zach",
	)
	femaleNames = set(
		"Abigail Ada Agnes Aisha Alice Alison Amanda Amara Amelia Amy Ana Andrea Angela Anna Anne Annie Ava Barbara Beatrice Bella Bethan Brenda Bridget Carla Carol Caroline Catherine Charlotte Chloe Claire Clara Deborah Diana Dorothy",
		"Eileen Elaine Eleanor Elena Elizabeth Ella Ellen Elsie Emily Emma Erin Esther Eva Evelyn Fatima Fiona Florence Frances Freya Gemma Georgia Grace Hannah Harriet Hazel Heather Helen Holly Ines Irene Iris Isabel Isabella Isla Ivy",
		"Jane Janet Jasmine Jean Jennifer Jenny Jessica Jill Joan Joanna Josephine Joy Judith Julia Julie June Karen Kate Katherine Kathleen Katie Kelly Kerry Kirsty Laura Lauren Leah Lily Linda Lisa Lois Lorna Louise Lucy Lydia",
		"Maggie Margaret Maria Marie Marion Martha Mary Maya Megan Melissa Mia Michelle Mildred Miriam Molly Morag Nadia Nancy Naomi Natalie Nell Nia Nicola Nina Nora Olivia Pamela Patricia Paula Pauline Penny Phoebe Polly Priya",
		"Rachel Rebecca Rose Rosie Ruby Ruth Sally Samantha Sandra Sara Sarah Sheila Shirley Sophie Stella Susan Tamsin Teresa Tessa Tina Valerie Vanessa Vera Victoria Violet Wendy Yvonne Zoe",
	)
)
