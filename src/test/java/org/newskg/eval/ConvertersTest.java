package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.testing.TestTexts;

class ConvertersTest {

    @TempDir
    Path dir;

    @Test
    void re3dCharacterSpansBecomeTokenSpansOfOurTypes() throws IOException {
        String text = "The Free Syrian Army attacked Aleppo on Monday. Rebels met John Smith.";
        Path source = Files.createDirectories(dir.resolve("Source A"));
        Files.writeString(source.resolve("documents.json"),
                "{ \"_id\" : \"D1\", \"title\" : \"t\", \"text\" : \"" + text + "\" }\n");
        Files.writeString(source.resolve("entities.json"), String.join("\n",
                entity("D1", 0, 20, "Organisation"),      // "The Free Syrian Army": "the" cut off
                entity("D1", 30, 36, "Location"),          // Aleppo
                entity("D1", 48, 54, "Organisation"),      // "Rebels": capitalised, kept
                entity("D1", 59, 69, "Person"),            // John Smith
                entity("D1", 59, 63, "Person"),            // John, inside John Smith: dropped
                entity("D1", 30, 36, "Temporal")) + "\n"); // not our type
        List<ConllDocument> docs = Re3dConverter.convert(dir, TestTexts.ANALYZER);
        assertEquals(1, docs.size());
        List<ConllSentence> s = docs.get(0).sentences();
        assertEquals(2, s.size());
        assertEquals(List.of("The", "Free", "Syrian", "Army", "attacked", "Aleppo", "on", "Monday", "."),
                s.get(0).tokens());
        assertEquals(List.of(new NamedSpan(1, 4, "ORG"), new NamedSpan(5, 6, "LOC")), s.get(0).spans());
        assertEquals(List.of(new NamedSpan(0, 1, "ORG"), new NamedSpan(2, 4, "PER")), s.get(1).spans());
    }

    private static String entity(String doc, int begin, int end, String type) {
        return "{ \"_id\" : \"" + doc + begin + type + "\", \"begin\" : " + begin + ", \"end\" : " + end
                + ", \"type\" : \"" + type + "\", \"value\" : \"x\", \"documentId\" : \"" + doc + "\" }";
    }

    @Test
    void re3dDescriptionsAreDropped() {
        String text = "the army and a new Prime Minister and al-Qaeda";
        assertNull(Re3dConverter.trim(text, 0, 8));
        assertNull(Re3dConverter.trim(text, 13, 33));
        assertEquals(38, Re3dConverter.trim(text, 38, 46)[0]);
    }

    @Test
    void meantimeMentionsOverTermsBecomeTokenSpans() throws IOException {
        Files.writeString(dir.resolve("a.naf"), """
                <?xml version='1.0' encoding='UTF-8'?>
                <NAF xml:lang="en" version="v3">
                  <text>
                    <wf id="w1" sent="1" offset="0" length="6"><![CDATA[Boeing]]></wf>
                    <wf id="w2" sent="1" offset="7" length="5"><![CDATA[hired]]></wf>
                    <wf id="w3" sent="1" offset="13" length="3"><![CDATA[Jim]]></wf>
                    <wf id="w4" sent="1" offset="17" length="5"><![CDATA[Smith]]></wf>
                    <wf id="w5" sent="2" offset="23" length="5"><![CDATA[Paris]]></wf>
                    <wf id="w6" sent="2" offset="29" length="3"><![CDATA[A380]]></wf>
                  </text>
                  <terms>
                    <term id="t1"><span><target id="w1"/></span></term>
                    <term id="t2"><span><target id="w2"/></span></term>
                    <term id="t3"><span><target id="w3"/><target id="w4"/></span></term>
                    <term id="t5"><span><target id="w5"/></span></term>
                    <term id="t6"><span><target id="w6"/></span></term>
                  </terms>
                  <entities>
                    <entity id="e1" type="ORG"><references><span><target id="t1"/></span></references></entity>
                    <entity id="e2" type="PER"><references><span><target id="t3"/></span></references></entity>
                    <entity id="e3" type="LOC"><references><span><target id="t5"/></span></references></entity>
                    <entity id="e4" type="PRO"><references><span><target id="t6"/></span></references></entity>
                    <entity id="e5" type="PER"><references>
                      <span><target id="t1"/><target id="t3"/></span>
                    </references></entity>
                  </entities>
                </NAF>
                """);
        List<ConllDocument> docs = MeantimeConverter.convert(dir);
        List<ConllSentence> s = docs.get(0).sentences();
        assertEquals(List.of("Boeing", "hired", "Jim", "Smith"), s.get(0).tokens());
        assertEquals(List.of(new NamedSpan(0, 1, "ORG"), new NamedSpan(2, 4, "PER")), s.get(0).spans());
        assertEquals(List.of(new NamedSpan(0, 1, "LOC")), s.get(1).spans());
    }

    @Test
    void foldersWithoutDataAreErrors() {
        assertThrows(IOException.class, () -> MeantimeConverter.convert(dir));
        assertThrows(IOException.class, () -> Re3dConverter.convert(dir, TestTexts.ANALYZER));
    }
}
