package org.newskg;

import java.util.List;

import org.newskg.extract.Event;
import org.newskg.extract.Relation;
import org.newskg.extract.Statement;
import org.newskg.ingest.Article;
import org.newskg.nlp.AnalyzedText;
import org.newskg.resolve.Entity;

/**
 * All that newskg read in one article: the input of the RDF stage.
 *
 * @param article    the article
 * @param analyzed   its sentences and tokens
 * @param entities   its entities, with their mentions
 * @param relations  relations between entities
 * @param statements what was said
 * @param events     meetings, clashes, offensives, captures and visits, as nodes (from the relations)
 */
public record Extraction(Article article, AnalyzedText analyzed, List<Entity> entities, List<Relation> relations,
                         List<Statement> statements, List<Event> events) {
    public Extraction {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
    }

    /** An extraction without events (as before events were nodes). */
    public Extraction(Article article, AnalyzedText analyzed, List<Entity> entities, List<Relation> relations,
                      List<Statement> statements) {
        this(article, analyzed, entities, relations, statements, List.of());
    }
}
