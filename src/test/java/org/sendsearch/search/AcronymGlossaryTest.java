package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendsearch.config.ConfigDirectory;

class AcronymGlossaryTest {
    private static final AcronymGlossary GLOSSARY = AcronymGlossary.of(List.of(
            "wsoa, written statement of action",
            "salt, slt, speech and language therapy",
            "ccg, icb, clinical commissioning group, integrated care board",
            "autism, autistic",
            "ehcp => ehc plan"));

    @Test
    void aShortFormIsFollowedByWhatItStandsFor() {
        assertEquals("WSOA (written statement of action) required", GLOSSARY.spelledOut("WSOA required"));
        assertEquals("slt (speech and language therapy) waits", GLOSSARY.spelledOut("slt waits"));
        assertEquals(
                "ICB (clinical commissioning group) funding",
                GLOSSARY.spelledOut("ICB funding"),
                "the longest member of the rule");
    }

    @Test
    void whatHasNoLongFormOrIsAlreadyWrittenOutIsLeftAlone() {
        assertEquals("autistic pupils", GLOSSARY.spelledOut("autistic pupils"), "a rule of single words");
        assertEquals("ehcp timeliness", GLOSSARY.spelledOut("ehcp timeliness"), "a one-way mapping");
        assertEquals(
                "SALT, speech and language therapy",
                GLOSSARY.spelledOut("SALT, speech and language therapy"),
                "already there");
        assertEquals("WSOA (written statement of action) WSOA", GLOSSARY.spelledOut("WSOA WSOA"), "once");
        assertEquals("salty", GLOSSARY.spelledOut("salty"), "whole words only");
        assertEquals("$1 \\ wsoa (written statement of action)", GLOSSARY.spelledOut("$1 \\ wsoa"));
        assertEquals("anything", AcronymGlossary.NONE.spelledOut("anything"));
    }

    @Test
    void theBundledRulesGiveTheBundledAcronyms() {
        Vocabulary vocabulary = Vocabulary.load(ConfigDirectory.locate());
        assertEquals(
                "EHCP (education health and care plan) reviews",
                vocabulary.acronyms().spelledOut("EHCP reviews"));
    }
}
