package org.newskg.store;

import java.util.function.Consumer;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;

/** Small handlers for one query form, and the dispatch from a query execution to a handler. */
final class QueryResultHandlers {

    private QueryResultHandlers() {
    }

    static QueryResultHandler onSelect(Consumer<ResultSet> action) {
        return new Only("SELECT") {
            @Override
            public void select(ResultSet results) {
                action.accept(results);
            }
        };
    }

    static QueryResultHandler onAsk(Consumer<Boolean> action) {
        return new Only("ASK") {
            @Override
            public void ask(boolean answer) {
                action.accept(answer);
            }
        };
    }

    static QueryResultHandler onGraph(Consumer<Model> action) {
        return new Only("CONSTRUCT or DESCRIBE") {
            @Override
            public void graph(Model model) {
                action.accept(model);
            }
        };
    }

    /** Executes {@code qe} by the form of {@code query} and hands the result over. */
    static void deliver(Query query, QueryExecution qe, QueryResultHandler handler) {
        if (query.isSelectType()) {
            handler.select(qe.execSelect());
        } else if (query.isAskType()) {
            handler.ask(qe.execAsk());
        } else if (query.isConstructType()) {
            handler.graph(withPrefixes(qe.execConstruct(), query));
        } else if (query.isDescribeType()) {
            handler.graph(withPrefixes(qe.execDescribe(), query));
        } else {
            throw new StoreException("Only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported");
        }
    }

    private static Model withPrefixes(Model model, Query query) {
        // Remote results carry the server's prefixes or none: the query's read better.
        query.getPrefixMapping().getNsPrefixMap().forEach((prefix, uri) -> {
            if (model.getNsPrefixURI(prefix) == null) {
                model.setNsPrefix(prefix, uri);
            }
        });
        return model;
    }

    /** Refuses every form but one, for the conveniences of {@link GraphStore}. */
    private abstract static class Only implements QueryResultHandler {
        private final String form;

        Only(String form) {
            this.form = form;
        }

        @Override
        public void select(ResultSet results) {
            throw new StoreException("Expected a " + form + " query, got SELECT");
        }

        @Override
        public void ask(boolean answer) {
            throw new StoreException("Expected a " + form + " query, got ASK");
        }

        @Override
        public void graph(Model model) {
            throw new StoreException("Expected a " + form + " query, got CONSTRUCT or DESCRIBE");
        }
    }
}
