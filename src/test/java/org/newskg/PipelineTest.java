package org.newskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newskg.extract.LexiconRelationExtractor;
import org.newskg.extract.QuoteStatementExtractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.link.EntityLinker;
import org.newskg.resolve.NameResolver;
import org.newskg.testing.TestTexts;

class PipelineTest {

    private static final String TEXT = "Talks in Geneva\n\nMaria Lopez, the chief executive of Orbital Dynamics, "
            + "met Paul Weber in Geneva on Monday. \"We agreed on the next steps,\" Lopez said.\n";

    private static Pipeline.Builder stages() {
        return Pipeline.builder().analyzer(TestTexts.ANALYZER).mentionFinder(Pipeline.englishMentionFinder())
                .resolver(NameResolver.standard()).linker(EntityLinker.NONE)
                .relations(LexiconRelationExtractor.standard()).statements(QuoteStatementExtractor.standard());
    }

    @Test
    void aFailingRelationStageLosesTheRelationsButNotTheArticle() throws Exception {
        Article a = ArticleReader.parseText("t.txt", TEXT);
        Extraction whole = stages().build().process(a);
        assertFalse(whole.relations().isEmpty(), "the text states relations");
        Extraction x = stages().relations((text, date) -> {
            throw new IllegalStateException("a bug");
        }).build().process(a);
        assertTrue(x.relations().isEmpty());
        assertEquals(whole.entities().size(), x.entities().size());
        assertEquals(whole.statements().size(), x.statements().size());
        assertFalse(x.statements().isEmpty());
    }
}
