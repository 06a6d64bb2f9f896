package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.assertNames;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Person names as interviews and profiles write them, on sentences written for the test: a part of a name in an
 * editor's square brackets joins the rest ("[George H. W.] Bush", "Jeff [Drake]"); a surname opened by an elided
 * particle ("d'Ettorre") stays in the name; show words after a person's name ("the Mark Sanders Experience")
 * are cut off; a scholar's occupation after "is a" or as a title makes a person; in a list of lines opened by
 * a name written surname first ("Austen, Jane. Pride and Prejudice"), each such name is one person; a one-word
 * name only the model calls a place that agrees, insists or believes is a person; a known given name the
 * tagger misreads at a sentence's start ("Hugh" as an interjection) still opens a name.
 * Each has a near-miss that must stay as it was.
 */
class BracketsParticlesShowsAndScholarsPersonsTest {

    @Test
    void aGivenNameInEditorsBracketsJoinsTheSurname() {
        assertNames("He backed Carter in 76, [Ronald W.] Reagan in 80 and [Bob] Dole in 96.",
                List.of("[Ronald W.] Reagan", "[Bob] Dole"), List.of("Ronald W.", "Reagan", "Bob", "Dole"));
        assertNames("\"I called [Maria] Lopez the next day,\" the minister said in Lima.",
                List.of("[Maria] Lopez"), List.of("Maria", "Lopez"));
        assertNames("There's Tom [Harris], who handles the money, and Sarah, our editor.",
                List.of("Tom [Harris]"), List.of("Tom", "Harris"));
        assertNames("The envoy said [John] Kerry would travel to Cairo on Sunday.",
                List.of("[John] Kerry", "Cairo"), List.of("John", "Kerry"));
        assertEquals(EntityType.PERSON, NameFinding.type(STANDARD,
                "He backed Carter in 76, [Ronald W.] Reagan in 80 and [Bob] Dole in 96.", "[Bob] Dole"));
    }

    @Test
    void bracketsAroundNoGivenNameJoinNothing() {
        // near-miss: a place or a body the editor adds, and an article, stay apart
        assertNames("The talks in Geneva [Switzerland] ended on Friday.", List.of("Geneva"),
                List.of("Geneva [Switzerland]"));
        assertNames("He said [the] Senate would vote on the bill in March.", List.of("Senate"), List.of());
        assertNames("The treaty was signed by [Acme] Holdings and Boeing.", List.of(),
                List.of("[Acme] Holdings"));
    }

    @Test
    void aSurnameOpenedByAnElidedParticleStaysInTheName() {
        assertNames("She did a project under supervision of Prof. Chiara d'Amico in Turin.",
                List.of("Chiara d'Amico"), List.of("Chiara"));
        assertNames("Former president Valery Giscard d'Estaing died on Wednesday.",
                List.of("Valery Giscard d'Estaing"), List.of("Valery Giscard"));
        assertNames("The coach, Luca dell'Orto, praised the team after the game in Milan.",
                List.of("Luca dell'Orto"), List.of("Luca"));
        assertNames("Rescuers reached L'Aquila after the earthquake.", List.of("L'Aquila"), List.of());
        // near-miss: contractions and an elided article before a common noun make no name
        NameFinding.assertNoNameContaining(STANDARD, "The chef from Parma said d'accord and served l'antipasto.",
                "d'accord", "l'antipasto", "Parma said");
        assertNames("Reporter Dana Kim said she'd call Anna d'you know, later.", List.of("Dana Kim"),
                List.of("Anna d'you"));
    }

    @Test
    void aScholarsOccupationMakesAPerson() {
        assertEquals(EntityType.PERSON, NameFinding.type(STANDARD,
                "Aviv Tamir is an Israeli mathematician and writer born in 1961 in Haifa.", "Aviv Tamir"));
        assertEquals(EntityType.PERSON, NameFinding.type(STANDARD,
                "Oskar Lindqvar, a Swedish archaeologist, found the ship near Visby.", "Oskar Lindqvar"));
        assertEquals(EntityType.PERSON, NameFinding.type(STANDARD,
                "The historian Ruth Okonjo spoke in Lagos on Monday.", "Ruth Okonjo"));
        assertEquals(EntityType.PERSON, NameFinding.type(STANDARD,
                "Yared Tessema is an Ethiopian linguist who studies Amharic dialects.", "Yared Tessema"));
        // near-miss: a company described with "is a" stays an organization
        assertEquals(EntityType.ORGANIZATION, NameFinding.type(STANDARD,
                "Brightwater is a Canadian company based in Halifax.", "Brightwater"));
    }

    @Test
    void showWordsAfterAPersonsNameAreCutOff() {
        assertNames("I have been to the Mark Sanders Experience in Denver and to a fair in Tulsa.",
                List.of("Mark Sanders", "Denver"), List.of("Mark Sanders Experience"));
        assertNames("We ran a story that was, \"No Carla Mendes News Today\". That was our reaction.",
                List.of("Carla Mendes"), List.of("Carla Mendes News Today"));
        assertNames("Fans lined up in Austin for the Maria Alvarez Tour on Saturday.", List.of("Maria Alvarez"),
                List.of("Maria Alvarez Tour"));
        assertNames("Every week the Daniel Okafor Podcast reaches 40,000 listeners in Kenya.",
                List.of("Daniel Okafor"), List.of("Daniel Okafor Podcast"));
        assertEquals(EntityType.PERSON, NameFinding.type(STANDARD,
                "I have been to the Mark Sanders Experience in Denver and to a fair in Tulsa.", "Mark Sanders"));
        // near-miss: a body's head word is no show word; a name without a given name first stays whole
        assertNames("The Bill Gates Foundation gave money to schools in Ohio.", List.of("Bill Gates Foundation"),
                List.of("Bill Gates"));
        assertNames("Tickets for the Grand Canyon Experience sold out in Arizona.", List.of(),
                List.of("Grand Canyon"));
    }

    private static final String READING_LIST = "Which books would you recommend?\n\nSome good ones:\n\n"
            + "Orwell, George. Animal Farm\n\nWoolf, Virginia. Orlando\n\n"
            + "Dickens, Charles and Collins, Wilkie. No Thoroughfare\n\nAchebe, Chinua. Things Fall Apart\n\n"
            + "Paris, Texas. A film we also liked.";

    @Test
    void surnameFirstNamesInAListOfLinesArePersons() {
        List<String> ns = NameFinding.names(NameFinding.RULES, READING_LIST);
        for (String name : List.of("Orwell, George", "Woolf, Virginia", "Dickens, Charles", "Collins, Wilkie",
                "Achebe, Chinua")) {
            assertTrue(ns.contains(name), name + " not in " + ns);
            assertEquals(EntityType.PERSON, NameFinding.type(STANDARD, READING_LIST, name));
        }
        // near-miss in the list: a place and its state stay places
        assertFalse(ns.contains("Paris, Texas"), ns.toString());
    }

    @Test
    void aSurnameFirstLineAloneOrAClauseIsReadAsBefore() {
        // one line is no list: "Thanks, John." and a name before a clause stay as they were
        assertNames("Thanks, John. That was great.\n\nWe met in Leeds.", List.of("John", "Leeds"),
                List.of("Thanks, John"));
        assertNames("Why Lisbon?\n\nLisbon, Maria said, was cheaper.\n\nBerlin, Anna wrote, is far.",
                List.of("Lisbon", "Berlin"), List.of("Lisbon, Maria", "Berlin, Anna"));
    }

    @Test
    void aModelOnlyPlaceThatAgreesOrInsistsIsAPerson() {
        assertEquals(EntityType.PERSON, NameFinding.type(STANDARD,
                "At the summit between Brezhnev and Nixon, Brezhnev insisted that the missiles stay.", "Brezhnev"));
        assertEquals(EntityType.PERSON, NameFinding.type(STANDARD,
                "At the summit between Brezhnev and Nixon, Nixon insisted that the missiles stay.", "Nixon"));
        // near-miss: a place named after "in" stays a place whatever its subject verb; so does a known town
        assertEquals(EntityType.PLACE, NameFinding.type(STANDARD,
                "Protesters gathered in Zhambyl. Zhambyl said nothing.", "Zhambyl"));
        assertEquals(EntityType.PLACE, NameFinding.type(STANDARD,
                "The nation's oldest city, Tiberias, agreed to host the meeting.", "Tiberias"));
    }

    @Test
    void aGivenNameTheTaggerMisreadsOpensAName() {
        // the tagger reads a sentence-initial "Hugh" as an interjection: the given name still opens the name
        assertNames("Hugh Barker with some of his paintings.\n\nBarker lives in Leeds.", List.of("Hugh Barker"),
                List.of("Barker with"));
        assertNames("Hugh Tallis said the vote would be close.", List.of("Hugh Tallis"), List.of());
        // near-miss: function words and interjections opening a sentence stay out of the name
        assertNames("Some Acme engineers left for Oslo.", List.of(), List.of("Some Acme"));
        assertNames("Hey Sarah, thanks for coming.", List.of(), List.of("Hey Sarah"));
    }
}
