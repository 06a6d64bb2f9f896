package org.newskg.extract.ner;

import java.util.List;
import java.util.Map;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Name-finder features from {@link WordClusters}: the prefixes of the current token's cluster path at a few depths
 * (coarse to fine), optionally joined with the token's shape. Used in {@code ner-features.xml}:
 *
 * <pre>{@code
 * <generator class="org.newskg.extract.ner.WordClusterFeatureGeneratorFactory">
 *   <str name="dict">word-clusters.tsv</str>
 *   <bool name="shape">true</bool>
 * </generator>
 * }</pre>
 *
 * Wrapped in OpenNLP's window generator it describes the neighbours too. The clusters travel inside the model (the
 * {@code dict} entry), read and written by {@link WordClusters.Serializer}.
 */
public final class WordClusterFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    /** Path depths used as features, as in Ratinov and Roth (2009). */
    static final int[] DEPTHS = {4, 6, 10, 20};

    /**
     * Lets OpenNLP create this generator by name from a feature XML (2.5.x loads extensions only from packages
     * it was told to trust); call before training or loading a model whose features name it.
     */
    public static void allow() {
        ExtensionLoader.registerAllowedPackage(WordClusterFeatureGeneratorFactory.class.getPackageName() + ".");
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) {
            return null; // asked only for the serializer mapping
        }
        String key = getStr("dict");
        Object resource = resourceManager.getResource(key);
        if (!(resource instanceof WordClusters clusters)) {
            throw new InvalidFormatException("not word clusters: resource " + key);
        }
        return new Generator(clusters, getBool("shape", false));
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new WordClusters.Serializer());
    }

    /** The features of one token. */
    record Generator(WordClusters clusters, boolean shape) implements AdaptiveFeatureGenerator {
        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String path = clusters.path(tokens[index]);
            if (path == null) {
                // words the clusters do not know (rare and foreign names, misspellings) are a class of their own
                features.add(shape ? "wcs=none," + FeatureGeneratorUtil.tokenFeature(tokens[index]) : "wc=none");
                return;
            }
            String prefix = shape ? "wcs=" + FeatureGeneratorUtil.tokenFeature(tokens[index]) + "," : "wc=";
            for (int depth : DEPTHS) {
                features.add(prefix + path.substring(0, Math.min(depth, path.length())));
                if (depth >= path.length()) {
                    break;
                }
            }
        }
    }
}
