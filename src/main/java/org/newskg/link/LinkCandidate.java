package org.newskg.link;

import java.util.List;

import org.newskg.extract.EntityType;

/**
 * A Wikidata item an entity may denote, as the link index or the Wikidata API describes it.
 *
 * @param qid         Wikidata Q-id ("Q90")
 * @param label       English label
 * @param aliases     other English names and acronyms, without the label
 * @param type        the entity type the item has, or null when unknown (an online item of another kind)
 * @param kind        what kind of item it is, for people ("country", "city", "officeholder", ...), or ""
 * @param instanceOf  Q-ids of its classes (Wikidata P31) that are known for certain, possibly none
 * @param country     Q-id of its country (P17; for a person, the country of the office held or P27), or null
 * @param description short English description, or ""
 * @param lat         latitude of a place, or NaN
 * @param lon         longitude of a place, or NaN
 * @param prior       popularity prior in (0,1]: how likely a news text means this item, all else equal
 * @param source      where it was found: "index" or "wikidata"
 */
public record LinkCandidate(String qid, String label, List<String> aliases, EntityType type, String kind,
                            List<String> instanceOf, String country, String description, double lat, double lon,
                            double prior, String source) {

    public LinkCandidate {
        aliases = List.copyOf(aliases);
        instanceOf = List.copyOf(instanceOf);
        kind = kind == null ? "" : kind;
        description = description == null ? "" : description;
        country = country == null || country.isBlank() ? null : country;
    }

    /** Whether the item is itself a country (its own country, as Wikidata's P17 of a country says). */
    public boolean isCountry() {
        return "country".equals(kind) || qid.equals(country) && type == EntityType.PLACE;
    }

    public boolean hasCoordinates() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }
}
