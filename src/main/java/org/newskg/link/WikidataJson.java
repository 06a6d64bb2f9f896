package org.newskg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.extract.EntityType;

/**
 * Reads a {@code wbgetentities} item ({@code {"id":"Q90","labels":{"en":{"value":"Paris"}},"claims":{"P31":[...]}}})
 * into a {@link LinkCandidate}: English label, aliases and description, classes (P31), country (P17, for a
 * person P27), coordinates (P625) and a popularity prior from the number of sitelinks. The entity type comes from
 * the direct classes (Q5 human; known classes of places and organizations) or, failing that, from tell-tale
 * properties (coordinates make a place, a headquarters or founder an organization); without any, it is unknown.
 */
final class WikidataJson {

    /** Direct classes (P31) of places news names. */
    static final Set<String> PLACE_CLASSES = Set.of("Q6256", "Q3624078", "Q515", "Q1549591", "Q5119", "Q486972",
            "Q532", "Q3957", "Q15284", "Q1637706", "Q200250", "Q82794", "Q10864048", "Q35657", "Q107390", "Q34876",
            "Q1221156", "Q15642541", "Q1093829", "Q7930989", "Q2221906", "Q23442", "Q8502", "Q4022", "Q23397",
            "Q3024240", "Q1620908", "Q13220204", "Q12076836", "Q56061", "Q484170", "Q747074", "Q13218690");
    /** Direct classes (P31) of organizations news names. */
    static final Set<String> ORGANIZATION_CLASSES = Set.of("Q43229", "Q4830453", "Q783794", "Q891723", "Q7278",
            "Q484652", "Q192283", "Q17149090", "Q2659904", "Q327333", "Q176799", "Q163740", "Q1331793",
            "Q1530022", "Q7210356", "Q245065", "Q6881511", "Q15911314", "Q3918", "Q31855", "Q1664720", "Q11691",
            "Q7188", "Q35535", "Q4438121", "Q1589009", "Q1616075", "Q2385804", "Q18388277", "Q192350");
    static final String HUMAN = "Q5";

    private WikidataJson() {
    }

    /** The candidate an item describes; empty for a missing item or one without an English label. */
    static Optional<LinkCandidate> candidate(JsonObject e) {
        String id = WikidataApi.string(e, "id");
        if (id == null || !id.matches("Q\\d+") || e.hasKey("missing")) {
            return Optional.empty();
        }
        String label = langValue(e.get("labels"));
        if (label == null) {
            return Optional.empty();
        }
        List<String> aliases = new ArrayList<>();
        JsonValue al = obj(e.get("aliases")) == null ? null : obj(e.get("aliases")).get("en");
        if (al != null && al.isArray()) {
            al.getAsArray().forEach(a -> {
                String v = WikidataApi.string(a, "value");
                if (v != null && !v.equals(label)) {
                    aliases.add(v);
                }
            });
        }
        String description = langValue(e.get("descriptions"));
        JsonObject claims = obj(e.get("claims"));
        List<String> classes = itemValues(claims, "P31");
        EntityType type = type(classes, claims);
        String country = first(itemValues(claims, type == EntityType.PERSON ? "P27" : "P17"));
        double[] coords = coordinates(claims);
        JsonObject sitelinks = obj(e.get("sitelinks"));
        int links = sitelinks == null ? 0 : sitelinks.size();
        // 200 sitelinks (a country, a capital, a head of state) give 1; 10 give 0.45; none 0.05
        double prior = Math.max(0.05, Math.min(1.0, Math.log10(1 + links) / Math.log10(201)));
        String kind = classes.contains(HUMAN) ? "person" : type == null ? "" : type.name().toLowerCase();
        return Optional.of(new LinkCandidate(id, label, aliases, type, kind, classes, country, description,
                coords[0], coords[1], prior, "wikidata"));
    }

    static EntityType type(List<String> classes, JsonObject claims) {
        if (classes.contains(HUMAN)) {
            return EntityType.PERSON;
        }
        if (classes.stream().anyMatch(PLACE_CLASSES::contains)) {
            return EntityType.PLACE;
        }
        if (classes.stream().anyMatch(ORGANIZATION_CLASSES::contains)) {
            return EntityType.ORGANIZATION;
        }
        if (claims != null && claims.hasKey("P625")) {
            return EntityType.PLACE;
        }
        if (claims != null && (claims.hasKey("P159") || claims.hasKey("P112") || claims.hasKey("P488"))) {
            return EntityType.ORGANIZATION; // headquarters, founder, chairperson
        }
        return null;
    }

    private static String langValue(JsonValue byLang) {
        JsonObject o = obj(byLang);
        return o == null ? null : WikidataApi.string(o.get("en"), "value");
    }

    /** The item ids of a property's statements, preferred rank first, deprecated ones left out. */
    static List<String> itemValues(JsonObject claims, String property) {
        List<String> preferred = new ArrayList<>();
        List<String> normal = new ArrayList<>();
        for (JsonObject st : statements(claims, property)) {
            JsonObject v = obj(value(st));
            String id = v == null ? null : WikidataApi.string(v, "id");
            if (id == null && v != null && v.get("numeric-id") != null && v.get("numeric-id").isNumber()) {
                id = "Q" + v.get("numeric-id").getAsNumber().value().longValue();
            }
            if (id != null) {
                ("preferred".equals(WikidataApi.string(st, "rank")) ? preferred : normal).add(id);
            }
        }
        preferred.addAll(normal);
        return preferred;
    }

    private static double[] coordinates(JsonObject claims) {
        for (JsonObject st : statements(claims, "P625")) {
            JsonObject v = obj(value(st));
            if (v != null && v.get("latitude") != null && v.get("latitude").isNumber()
                    && v.get("longitude") != null && v.get("longitude").isNumber()) {
                return new double[]{v.get("latitude").getAsNumber().value().doubleValue(),
                        v.get("longitude").getAsNumber().value().doubleValue()};
            }
        }
        return new double[]{Double.NaN, Double.NaN};
    }

    private static List<JsonObject> statements(JsonObject claims, String property) {
        List<JsonObject> out = new ArrayList<>();
        JsonValue list = claims == null ? null : claims.get(property);
        if (list == null || !list.isArray()) {
            return out;
        }
        for (JsonValue st : (JsonArray) list) {
            if (st.isObject() && !"deprecated".equals(WikidataApi.string(st, "rank"))) {
                out.add(st.getAsObject());
            }
        }
        return out;
    }

    /** mainsnak.datavalue.value of a statement, or null (novalue, somevalue). */
    private static JsonValue value(JsonObject statement) {
        JsonObject snak = obj(statement.get("mainsnak"));
        JsonObject dv = snak == null ? null : obj(snak.get("datavalue"));
        return dv == null ? null : dv.get("value");
    }

    private static JsonObject obj(JsonValue v) {
        return v != null && v.isObject() ? v.getAsObject() : null;
    }

    private static String first(List<String> l) {
        return l.isEmpty() ? null : l.get(0);
    }
}
